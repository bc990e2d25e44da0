// Stand-in for office-addin-manifest inside Jest: office-addin-mock uses only this enum,
// and the real package pulls in network and file-system code at import time.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
