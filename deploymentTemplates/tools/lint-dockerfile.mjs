// Lints a Dockerfile: dockerfilelint's rules, plus its instructions parsed by dockerfile-ast.
// Prints one JSON line: {lint: [{title, line, category}], stages: [{image, name}], instructions: [{keyword, args}]}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DockerfileParser } from "dockerfile-ast";

const require = createRequire(import.meta.url);
const dockerfilelint = require("dockerfilelint");
const path = process.argv[2];
const text = readFileSync(path, "utf8");
const lint = dockerfilelint.run(path, text).map((i) => ({ title: i.title, line: i.line, category: i.category }));
const dockerfile = DockerfileParser.parse(text);
const stages = dockerfile.getFROMs().map((from) => ({ image: from.getImage(), name: from.getBuildStage() ?? null }));
const instructions = dockerfile.getInstructions().map((i) => ({ keyword: i.getKeyword(), args: i.getArgumentsContent() ?? "" }));
console.log(JSON.stringify({ lint, stages, instructions }));
