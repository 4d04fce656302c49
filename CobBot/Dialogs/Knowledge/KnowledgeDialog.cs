using System.Text;
using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Handoff;
using CobBot.Knowledge;
using CobBot.Privacy;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Knowledge;

/// <summary>
/// Answers a question from COB's knowledge articles: the best passage (or, with Gemini, an answer written only from
/// the retrieved passages), the source article by name, then "Was this helpful?" (stored for analytics). When no
/// article is relevant it says so and offers a person instead of guessing. Begin with a <see cref="KnowledgeRequest"/>;
/// it ends with <see cref="Interruption.HumanRequested"/> when the customer accepts a person, and with
/// <see cref="Interruption.NewRequest"/> when they ask something new instead of answering, and with an
/// <see cref="EscalationRequest"/> when the <see cref="EscalationTracker"/> decides a person must take over.
/// </summary>
public sealed class KnowledgeDialog : CobBotComponentDialog
{
    public const string NotFoundText = "I'm sorry — I couldn't find an answer to that in COB Company's help articles, and I don't want to guess.";
    public const string OfferHumanText = "Would you like to talk to a person?";
    public const string HelpfulQuestion = "Was this helpful?";
    public const string FeedbackThanks = "Thanks for letting me know! Is there anything else I can help you with?";
    public const string FeedbackSorry = "Sorry that didn't help. You can rephrase your question, or say **talk to a person** to reach our team.";
    public const string NoHumanText = "No problem. Is there anything else I can help you with?";
    private const string YesNoRetry = "Please answer yes or no.";
    private const string ArticleKey = "articleId";
    private const string FlowId = nameof(KnowledgeDialog) + ".flow";

    private readonly IKnowledgeBase _knowledge;
    private readonly KnowledgeSectionIndex _index;
    private readonly GroundedAnswerWriter _writer;
    private readonly PhiRedactor _redactor;
    private readonly EscalationTracker _escalations;
    private readonly int _passages;

    /// <summary>Creates the dialog with id <c>KnowledgeDialog</c>.</summary>
    public KnowledgeDialog(IKnowledgeBase knowledge, KnowledgeSectionIndex index, GroundedAnswerWriter writer, PhiRedactor redactor, EscalationTracker escalations,
        TurnRecognizer turns, IOptions<BotOptions> options)
        : base(nameof(KnowledgeDialog), turns, options.Value.InterruptionScore)
    {
        _knowledge = knowledge;
        _index = index;
        _writer = writer;
        _redactor = redactor;
        _escalations = escalations;
        _passages = options.Value.KnowledgePassages;
        AddDialog(new WaterfallDialog(FlowId, [AnswerStepAsync, FeedbackStepAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override bool AnswersQuestionsAside => false;

    /// <summary>A reply of several words that is neither yes nor no is a new question, not an answer to ours.</summary>
    protected override async Task<DialogTurnResult> OnContinueFlowAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text ?? "";
        if (ConfirmRecognizer.Recognize(text) is null && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete, Interruption.NewRequest);
        }
        return await base.OnContinueFlowAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<KnowledgeRequest>() ?? new KnowledgeRequest(step.Context.Activity.Text ?? "");
        var memory = await Turns.Memory.GetAsync(step.Context, () => new ConversationMemory(), cancellationToken);
        var passages = await SearchAsync(request, memory, cancellationToken);
        // With Gemini, retrieved passages may still not answer: that is a miss too, never the unrelated passage.
        var answer = passages.Count == 0 ? null : await _writer.WriteAsync(request.Question, passages, cancellationToken);
        if (answer is null)
        {
            TurnRoutes.Record(step.Context, TurnRoutes.NotFound);
            await step.Context.SendActivityAsync(NotFoundText, cancellationToken: cancellationToken);
            if (request.Aside) return await step.EndDialogAsync(null, cancellationToken);
            // The second miss in a row goes to a person without asking.
            if (request.ReportsUnderstanding && await _escalations.RecordNotUnderstoodAsync(step.Context, cancellationToken) is { } escalation)
                return await step.EndDialogAsync(escalation, cancellationToken);
            return await step.PromptAsync(nameof(ConfirmPrompt), YesNo(OfferHumanText), cancellationToken);
        }

        TurnRoutes.Record(step.Context, TurnRoutes.Answer);
        await _escalations.RecordUnderstoodAsync(step.Context, cancellationToken);
        step.Values[ArticleKey] = answer.Sources[0].ArticleId;

        var sources = string.Join(", ", answer.Sources.Select(s => $"**{s.Title}**"));
        var reply = MessageFactory.Text($"{answer.Text}\n\nSource: {sources}");
        reply.TextFormat = TextFormatTypes.Markdown;
        await step.Context.SendActivityAsync(reply, cancellationToken);
        if (request.ActionOffer is { } offer)
        {
            var offerReply = MessageFactory.Text(offer);
            offerReply.TextFormat = TextFormatTypes.Markdown;
            await step.Context.SendActivityAsync(offerReply, cancellationToken);
        }

        if (request.Aside) return await step.EndDialogAsync(null, cancellationToken);
        return await step.PromptAsync(nameof(ConfirmPrompt), YesNo(HelpfulQuestion), cancellationToken);
    }

    private async Task<DialogTurnResult> FeedbackStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var yes = step.Result is true;
        if (step.Values.TryGet<string>(ArticleKey, out var articleId))
        {
            await _knowledge.RecordFeedbackAsync(articleId, yes, step.Context.Activity.GetConversationKey(), cancellationToken);
            await step.Context.SendActivityAsync(yes ? FeedbackThanks : FeedbackSorry, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (yes) return await step.EndDialogAsync(Interruption.HumanRequested, cancellationToken);
        await step.Context.SendActivityAsync(NoHumanText, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// Searches the question without its personal details (an email address is no search term, and its unknown words
    /// would make a good match look weak). A follow-up is resolved against the question answered before it
    /// (<see cref="KnowledgeFollowUp"/>). The text searched for an answer is remembered for the next follow-up.
    /// </summary>
    private async Task<IReadOnlyList<KnowledgePassage>> SearchAsync(KnowledgeRequest request, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var question = WithoutPhi(request.Question).Trim();
        var (searched, passages) = await KnowledgeFollowUp.SearchAsync(question, memory.LastQuestion, (await _index.GetAsync()).Vocabulary,
            text => _knowledge.SearchAsync(text, _passages, cancellationToken), found => found.Count > 0);
        if (passages.Count > 0) memory.LastQuestion = searched.Length > KnowledgeQuery.MaxInputLength ? searched[^KnowledgeQuery.MaxInputLength..] : searched;
        return passages;
    }

    private string WithoutPhi(string text)
    {
        var kept = new StringBuilder(text);
        foreach (var finding in _redactor.Scan(text).Findings.OrderByDescending(f => f.Index))
            kept.Remove(finding.Index, finding.Value.Length).Insert(finding.Index, ' ');
        return kept.ToString();
    }

    private static PromptOptions YesNo(string question) => new()
    {
        Prompt = MessageFactory.Text(question),
        RetryPrompt = MessageFactory.Text($"{YesNoRetry} {question}"),
    };
}
