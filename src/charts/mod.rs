//! Charts (plotters → SVG strings).
