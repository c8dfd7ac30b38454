// Prints the Terraform files named on the command line as one JSON object, file name => the file as HCL's JSON
// form (@cdktf/hcl2json: HashiCorp's HCL parser compiled to WebAssembly). Expressions stay text ("${var.x}").
// Run by TheInfrastructureKeepsItsRules; exits 1 naming the file that does not parse.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "@cdktf/hcl2json";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tf2json.mjs FILE.tf...");
  process.exit(2);
}
const parsed = {};
for (const file of files) {
  try {
    parsed[basename(file)] = await parse(file, await readFile(file, "utf8"));
  } catch (e) {
    console.error(`${file}: ${e?.message ?? e}`);
    process.exit(1);
  }
}
process.stdout.write(JSON.stringify(parsed));
