export { LANGUAGES, languageOfEnvironment, languageOfTag, type Language } from "./language";
export { fillTemplate, templatePlaceholders, type MessageParameters } from "./messageText";
