namespace CobBot.Tests.Knowledge;

/// <summary>A temporary folder of article files for <see cref="CobBot.Knowledge.DirectoryArticleSource"/>.</summary>
public sealed class ArticleFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cobbot-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Write(string id, string title, string body, string tags = "test") =>
        File.WriteAllText(System.IO.Path.Combine(Path, $"{id}.md"), $"---\nid: {id}\ntitle: {title}\ncategory: Test\ntags: {tags}\n---\n{body}\n");

    public void Delete(string id) => File.Delete(System.IO.Path.Combine(Path, $"{id}.md"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
