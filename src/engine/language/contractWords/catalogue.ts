// The contract's words as a message catalogue: English from the contract itself, French and Spanish
// from fr.json and es.json, checked by translationProblems in tests/engine/language.

import { messageCatalogue } from "../messageCatalogue";
import { ENGLISH_CONTRACT_WORDS } from "./englishWords";
import es from "./es.json";
import fr from "./fr.json";

export const contractWords = messageCatalogue(ENGLISH_CONTRACT_WORDS, { fr, es });
