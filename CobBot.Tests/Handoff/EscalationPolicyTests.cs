using CobBot.Handoff;
using CobBot.Recognition;

namespace CobBot.Tests.Handoff;

public class EscalationPolicyTests
{
    private readonly EscalationPolicy _policy = PolicyFixture.Create();

    [Theory]
    [InlineData("Can I talk to a human?")]
    [InlineData("agent please")]
    [InlineData("I'd like to speak to someone")]
    [InlineData("get me a REAL person!")]
    [InlineData("Representative.")]
    [InlineData("Let me talk to a live agent, I'm in the middle of booking")]
    public void Asking_for_a_person_escalates(string text)
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.BookAppointment), text, new EscalationCounters());
        Assert.Equal(EscalationRequest.CustomerAsked(), request);
    }

    [Fact]
    public void The_human_handoff_intent_escalates_without_a_phrase()
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.HumanHandoff), "could somebody from your team help me out", new EscalationCounters());
        Assert.Equal(EscalationReason.CustomerRequest, request?.Reason);
    }

    [Theory]
    [InlineData("How long does a prior authorization take?")]
    [InlineData("Do you have reports for practice management?")]  // "management" is not "manager"
    [InlineData("Is your platform humane to use?")]               // "humane" is not "human"
    [InlineData("I want to book a Product Demo next Tuesday")]
    public void Ordinary_questions_do_not_escalate(string text)
    {
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.KbQuery), text, new EscalationCounters()));
    }

    [Theory]
    [InlineData("I was charged twice for March", "billing dispute", "billing", EscalationPriority.High)]
    [InlineData("I want to dispute this invoice", "billing dispute", "billing", EscalationPriority.High)]
    [InlineData("I want to file a complaint about your service", "complaint", "customer_care", EscalationPriority.High)]
    [InlineData("This is unacceptable", "complaint", "customer_care", EscalationPriority.High)]
    [InlineData("Our attorney will be in touch", "legal or compliance matter", "compliance", EscalationPriority.Urgent)]
    [InlineData("I think there was a HIPAA violation", "legal or compliance matter", "compliance", EscalationPriority.Urgent)]
    [InlineData("Can you check the authorization for my patient?", "a specific patient's data", "patient_records", EscalationPriority.High)]
    [InlineData("What is the eligibility status for member ID XWZ889201334?", "a specific patient's data", "patient_records", EscalationPriority.High)]
    [InlineData("why was claim #CLM-2026-004512 denied", "a specific patient's data", "patient_records", EscalationPriority.High)]
    [InlineData("is he covered? DOB 03/14/1975", "a specific patient's data", "patient_records", EscalationPriority.High)]
    [InlineData("any news on the patient I called about yesterday?", "a specific patient's data", "patient_records", EscalationPriority.High)]
    public void Business_topics_route_to_people(string text, string topic, string skill, EscalationPriority priority)
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.KbQuery), text, new EscalationCounters());
        Assert.Equal(new EscalationRequest(EscalationReason.BusinessTopic, priority, skill, topic), request);
    }

    [Fact]
    public void A_topic_gives_an_explicit_request_its_routing()
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.HumanHandoff), "I need a human about a billing dispute", new EscalationCounters());
        Assert.Equal(EscalationReason.BusinessTopic, request?.Reason);
        Assert.Equal("billing", request?.Skill);
    }

    [Theory]
    [InlineData("can you check a patient's deductible and copay")]
    [InlineData("do you verify a patient's coverage before the visit?")]
    [InlineData("how do you handle prior authorizations for patients")]
    public void General_questions_that_mention_patients_are_not_patient_data(string text)
    {
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.KbQuery), text, new EscalationCounters()));
    }

    [Fact]
    public void The_customers_own_email_and_phone_are_not_patient_data()
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.BookAppointment), "reach me at dana.w@gmail.com or (646) 555-0198", new EscalationCounters());
        Assert.Null(request);
    }

    [Theory]
    [InlineData(-0.61, true)]
    [InlineData(-0.6, false)] // strictly below the threshold
    [InlineData(0.2, false)]
    public void Negative_sentiment_below_the_threshold_escalates_with_high_priority(double sentiment, bool escalates)
    {
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.KbQuery, sentiment), "why is this still not working", new EscalationCounters());
        Assert.Equal(escalates ? new EscalationRequest(EscalationReason.NegativeSentiment, EscalationPriority.High, "customer_care") : null, request);
    }

    [Fact]
    public void The_sentiment_threshold_is_configurable()
    {
        var strict = PolicyFixture.Create(o => o.SentimentThreshold = -0.3);
        Assert.Equal(EscalationReason.NegativeSentiment,
            strict.Evaluate(PolicyFixture.Result(Intents.KbQuery, -0.4), "this is slow", new EscalationCounters())?.Reason);
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.KbQuery, -0.4), "this is slow", new EscalationCounters()));
    }

    [Fact]
    public void Two_consecutive_turns_not_understood_escalate()
    {
        var counters = new EscalationCounters();
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.None), "blorp", counters));
        var request = _policy.Evaluate(PolicyFixture.Result(Intents.None), "zzz qqq", counters);
        Assert.Equal(new EscalationRequest(EscalationReason.NotUnderstood, EscalationPriority.Normal, "general"), request);
        Assert.Equal(0, counters.ConsecutiveMisses);
    }

    [Fact]
    public void An_understood_turn_breaks_the_run()
    {
        var counters = new EscalationCounters();
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.None), "blorp", counters));
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.Greeting), "hello", counters));
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.None), "zzz qqq", counters));
        Assert.Equal(1, counters.ConsecutiveMisses);
    }

    [Fact]
    public void Knowledge_base_misses_reported_by_the_knowledge_dialog_count_as_not_understood()
    {
        var counters = new EscalationCounters();
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.KbQuery), "do you support dental billing", counters));
        Assert.Null(_policy.RecordNotUnderstood(counters));
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.KbQuery), "what about vision plans", counters));
        Assert.Equal(EscalationReason.NotUnderstood, _policy.RecordNotUnderstood(counters)?.Reason);
    }

    [Fact]
    public void A_knowledge_base_answer_breaks_the_run()
    {
        var counters = new EscalationCounters();
        Assert.Null(_policy.Evaluate(PolicyFixture.Result(Intents.None), "blorp", counters));
        _policy.RecordUnderstood(counters);
        Assert.Null(_policy.RecordNotUnderstood(counters));
    }

    [Fact]
    public void The_miss_limit_is_configurable()
    {
        var patient = PolicyFixture.Create(o => o.NotUnderstoodLimit = 3);
        var counters = new EscalationCounters();
        Assert.Null(patient.RecordNotUnderstood(counters));
        Assert.Null(patient.RecordNotUnderstood(counters));
        Assert.NotNull(patient.RecordNotUnderstood(counters));
    }

    [Theory]
    [InlineData("cancel", true)]
    [InlineData("Back to bot!", true)]
    [InlineData("  never mind ", true)]
    [InlineData("I want to cancel my appointment", false)]
    [InlineData("the bot was no help, cancel that", false)]
    public void Leave_requests_are_whole_messages(string text, bool leaves)
    {
        Assert.Equal(leaves, PolicyFixture.Rules.IsLeaveRequest(text));
    }
}
