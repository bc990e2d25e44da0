// Every test runs in the C locale: the CLI speaks the language of LC_ALL, LC_MESSAGES and LANG, and
// child processes the tests start (bin/c2c, LibreOffice) inherit this environment. A test of another
// language sets it on purpose (--lang, or its own environment for a child).

process.env["LANG"] = "C";
delete process.env["LC_ALL"];
delete process.env["LC_MESSAGES"];
