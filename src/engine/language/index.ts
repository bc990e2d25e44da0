export { LANGUAGES, languageOfEnvironment, languageOfTag, type Language } from "./language";
export {
  messageCatalogue,
  translationProblems,
  type MessageCatalogue,
  type Templates,
} from "./messageCatalogue";
export { fillTemplate, templatePlaceholders, type MessageParameters } from "./messageText";
