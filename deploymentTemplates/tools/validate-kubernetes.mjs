// Validates every manifest of deploymentTemplates/kubernetes (and its overlays' patches' targets) against the
// Kubernetes OpenAPI schemas with kubernetes-models. Prints one JSON line: [{file, kind, name, error?}].
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { Service, ConfigMap, Secret } from "kubernetes-models/v1";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";

const models = { Deployment, Service, ConfigMap, Secret, Ingress, PodDisruptionBudget, HorizontalPodAutoscaler };
const root = process.argv[2];
const files = [];
const walk = (dir) => readdirSync(dir).forEach((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) walk(path);
  else if (/\.ya?ml$/.test(name)) files.push(path);
});
walk(root);

const results = [];
for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length) { results.push({ file: relative(root, file), error: doc.errors[0].message }); continue; }
    const obj = doc.toJS();
    if (!obj || Array.isArray(obj) || obj.kind === "Kustomization") {
      results.push({ file: relative(root, file), kind: obj?.kind ?? "patch", resources: obj?.resources ?? null });
      continue;
    }
    const model = models[obj.kind];
    const entry = { file: relative(root, file), kind: obj.kind, name: obj.metadata?.name, manifest: obj };
    if (!model) entry.error = `no schema model for kind ${obj.kind}`;
    else try { new model(obj).validate(); } catch (e) { entry.error = String(e.message ?? e); }
    results.push(entry);
  }
}
console.log(JSON.stringify(results));
