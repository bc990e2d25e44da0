// Deterministic sample data for `c2c demo` and the tests: one realistic partnership and the 27
// partnerships of the pilot programme, all labelled SAMPLE DATA.

export { samplePartnership, DEMO_SEED, SAMPLE_YEARS } from "./samplePartnership";
export { pilotProgramme, PILOT_SEED, PILOT_PARTNERSHIPS, PILOT_PUBLISHED_AVERAGES, PILOT_SAMPLE_AVERAGES } from "./pilotProgramme";
export { SAMPLE_DATA_LABEL, SAMPLE_SOURCE, labelledAsSample } from "./sampleLabel";
export { seededRandom, type RandomSource } from "./seededRandom";
