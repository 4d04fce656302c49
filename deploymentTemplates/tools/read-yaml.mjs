// Parses a YAML file (merge keys resolved) and prints it as one JSON line; exit code 1 on a syntax error.
import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

const doc = parseDocument(readFileSync(process.argv[2], "utf8"), { merge: true });
if (doc.errors.length) { console.error(doc.errors.map((e) => e.message).join("\n")); process.exit(1); }
console.log(JSON.stringify(doc.toJS({ maxAliasCount: -1 })));
