using Microsoft.EntityFrameworkCore;

namespace CobBot.Framework.DirectLine.EntityFramework;

/// <summary>
/// The Direct Line server's own small context. Its tables are created with <c>CREATE TABLE IF NOT EXISTS</c>
/// (see <see cref="DirectLineSql"/>), so it can share a database with the app's context and migrations.
/// </summary>
public sealed class DirectLineDbContext(DbContextOptions<DirectLineDbContext> options) : DbContext(options)
{
    /// <summary>Started conversations.</summary>
    public DbSet<DirectLineConversationRow> Conversations => Set<DirectLineConversationRow>();
    /// <summary>Conversation logs.</summary>
    public DbSet<DirectLineActivityRow> Activities => Set<DirectLineActivityRow>();
    /// <summary>Uploaded files.</summary>
    public DbSet<DirectLineUploadRow> Uploads => Set<DirectLineUploadRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DirectLineConversationRow>(e =>
        {
            e.ToTable("DirectLineConversations");
            e.HasKey(c => c.Id);
        });
        modelBuilder.Entity<DirectLineActivityRow>(e =>
        {
            e.ToTable("DirectLineActivities");
            e.HasKey(a => new { a.ConversationId, a.Sequence });
            e.HasIndex(a => new { a.ConversationId, a.ActivityId });
        });
        modelBuilder.Entity<DirectLineUploadRow>(e =>
        {
            e.ToTable("DirectLineUploads");
            e.HasKey(u => u.Id);
        });
    }
}
