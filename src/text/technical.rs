//! UI text for the prerequisites checklist, the Nutzwert and the
//! recommendation.
