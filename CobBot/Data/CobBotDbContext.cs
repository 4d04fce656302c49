using CobBot.Email.Persistence;
using CobBot.Handoff.Persistence;
using CobBot.Knowledge.Persistence;
using CobBot.Scheduling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>
/// The app's single EF Core context. Each entity is configured by its own
/// <see cref="IEntityTypeConfiguration{TEntity}"/> next to the entity in its feature folder; all of them are
/// picked up from this assembly, so a feature adds an entity, its configuration and a migration. This type carries the
/// SQLite migrations; <see cref="PostgresCobBotDbContext"/> the same model's PostgreSQL migrations.
/// </summary>
public class CobBotDbContext : DbContext
{
    /// <summary>A context on the SQLite migrations.</summary>
    public CobBotDbContext(DbContextOptions<CobBotDbContext> options)
        : base(options)
    {
    }

    /// <summary>A context of a provider-specific subtype (its own migrations).</summary>
    protected CobBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Knowledge articles loaded from the shipped article files.</summary>
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();

    /// <summary>Searchable sections of the knowledge articles (indexed by the FTS5 table).</summary>
    public DbSet<KnowledgeSection> KnowledgeSections => Set<KnowledgeSection>();

    /// <summary>"Was this helpful?" answers about knowledge articles.</summary>
    public DbSet<KnowledgeFeedback> KnowledgeFeedback => Set<KnowledgeFeedback>();

    /// <summary>Booked and cancelled appointments.</summary>
    public DbSet<Appointment> Appointments => Set<Appointment>();

    /// <summary>Staff time held by booked appointments; its key rules out double booking.</summary>
    public DbSet<AppointmentSlotClaim> AppointmentSlotClaims => Set<AppointmentSlotClaim>();

    /// <summary>Emails waiting for (or done with) delivery.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Conversations handed to people: the live-agent queue and its history.</summary>
    public DbSet<Escalation> Escalations => Set<Escalation>();

    /// <summary>Callback tickets requested outside support hours.</summary>
    public DbSet<CallbackRequest> CallbackRequests => Set<CallbackRequest>();

    /// <summary>The agent-facing transcript of conversations (real text; agents and admins only).</summary>
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CobBotDbContext).Assembly);
}
