// Blank cells never reach a C2C function. Excel on the web passes a blank cell of a reference
// argument as null, Excel on Windows and Mac as 0 (office-js issues #4702, #5262, #1951; no
// requirement set tells them apart), so an unanswered respondent would read as the answer 0 and a
// blank value would get a score. Live formulas pass ranges of inputs with their blanks turned into
// "" (which every function reads as "no value"), single input cells too.
// README, "Functions", says what a user's own formula should expect.

import { BLANK, call, type Expr } from "./expr";

/** The cells of a range, each blank one as "": IF(ISBLANK(range),"",range), an array in Excel. */
export function blanksAsEmptyText(range: Expr): Expr {
  return call("IF", call("ISBLANK", range), BLANK, range);
}
