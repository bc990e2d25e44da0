export { LANGUAGES, languageOfEnvironment, languageOfTag, type Language } from "./language";
export {
  messageCatalogue,
  translationProblems,
  type MessageCatalogue,
  type Templates,
} from "./messageCatalogue";
export { takesSingular } from "./plural";
export { fillTemplate, templatePlaceholders, type MessageParameters } from "./messageText";
export {
  contractWords,
  headerIn,
  tokenIn,
  tokenOf,
  tokenWords,
  tokensIn,
  wordKey,
  CONTRACT_HEADERS,
  TOKENS,
  type TokenKind,
  type TokenOfKind,
} from "./contractWords";
export { englishLabelOf, labelIn, resultLabels, RESULT_LABELS } from "./resultLabels";
