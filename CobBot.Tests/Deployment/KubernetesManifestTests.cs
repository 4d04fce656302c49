using System.Text.Json.Nodes;

namespace CobBot.Tests.Deployment;

public sealed class KubernetesManifestTests
{
    private static readonly string Folder = DeploymentTools.Repo("deploymentTemplates", "kubernetes");

    [Fact]
    public async Task Every_manifest_passes_the_kubernetes_schemas()
    {
        var results = (await DeploymentTools.RunAsync("validate-kubernetes.mjs", Folder)).AsArray();

        Assert.All(results, r => Assert.True(r!["error"] is null, $"{r["file"]}: {r["error"]}"));
        var kinds = results.Select(r => (string?)r!["kind"]).ToHashSet();
        foreach (var kind in new[] { "Deployment", "Service", "Ingress", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Kustomization" })
            Assert.Contains(kind, kinds);
    }

    [Fact]
    public async Task The_deployment_runs_two_non_root_replicas_with_probes_resources_and_config_from_a_configmap_and_secret()
    {
        var results = (await DeploymentTools.RunAsync("validate-kubernetes.mjs", Folder)).AsArray();
        var deployment = Manifest(results, "Deployment");
        var pod = deployment["spec"]!["template"]!["spec"]!;
        var container = pod["containers"]![0]!;

        Assert.Equal(2, (int)deployment["spec"]!["replicas"]!);
        Assert.True((bool)pod["securityContext"]!["runAsNonRoot"]!);
        Assert.True((bool)container["securityContext"]!["readOnlyRootFilesystem"]!);
        Assert.Contains(container["volumeMounts"]!.AsArray(), m => (string?)m!["mountPath"] == "/data");
        Assert.Equal("/health/live", (string?)container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/health/ready", (string?)container["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/health/ready", (string?)container["startupProbe"]!["httpGet"]!["path"]);
        Assert.NotNull(container["resources"]!["limits"]!["memory"]);
        var sources = container["envFrom"]!.AsArray();
        Assert.Contains(sources, s => (string?)s!["secretRef"]?["name"] == "cobbot-secrets");
        Assert.Contains(sources, s => (string?)s!["configMapRef"]?["name"] == (string?)Manifest(results, "ConfigMap")["metadata"]!["name"]);
        Assert.Equal("8080", (string?)Manifest(results, "ConfigMap")["data"]!["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("Postgres", (string?)Manifest(results, "ConfigMap")["data"]!["Database__Provider"]);
    }

    [Fact]
    public async Task The_ingress_keeps_direct_line_websockets_open_and_the_kustomization_lists_every_manifest()
    {
        var results = (await DeploymentTools.RunAsync("validate-kubernetes.mjs", Folder)).AsArray();
        var ingress = Manifest(results, "Ingress");

        Assert.Equal("3600", (string?)ingress["metadata"]!["annotations"]!["nginx.ingress.kubernetes.io/proxy-read-timeout"]);
        // The replicas share one PostgreSQL database and backplane: any pod serves any request, no affinity.
        Assert.DoesNotContain(ingress["metadata"]!["annotations"]!.AsObject(), a => a.Key.Contains("affinity", StringComparison.Ordinal));
        Assert.Contains(ingress["spec"]!["rules"]![0]!["http"]!["paths"]!.AsArray(), p => (string?)p!["path"] == "/v3/directline");
        Assert.Equal(1, (int)Manifest(results, "PodDisruptionBudget")["spec"]!["minAvailable"]!);
        Assert.Equal(2, (int)Manifest(results, "HorizontalPodAutoscaler")["spec"]!["minReplicas"]!);

        var kustomization = results.Single(r => (string?)r!["file"] == "kustomization.yaml")!;
        var listed = kustomization["resources"]!.AsArray().Select(r => (string)r!).ToHashSet();
        var manifests = results.Where(r => r!["manifest"] is not null && !((string)r!["file"]!).StartsWith("secret.example", StringComparison.Ordinal))
            .Select(r => (string)r!["file"]!).ToHashSet();
        Assert.Equal(manifests, listed);
        Assert.All(listed, file => Assert.True(File.Exists(Path.Combine(Folder, file)), file));
    }

    private static JsonNode Manifest(JsonArray results, string kind) => results.Single(r => (string?)r!["kind"] == kind)!["manifest"]!;
}
