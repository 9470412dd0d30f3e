//! UI text for ranges, the Monte Carlo results, the tornado chart and
//! switching values.
