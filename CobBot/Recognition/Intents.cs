namespace CobBot.Recognition;

/// <summary>The fixed intent vocabulary every recognizer answers with.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Help = "help";
    public const string KbQuery = "kb_query";
    public const string BookAppointment = "book_appointment";
    public const string CancelAppointment = "cancel_appointment";
    public const string RescheduleAppointment = "reschedule_appointment";
    public const string AppointmentStatus = "appointment_status";
    public const string HumanHandoff = "human_handoff";
    public const string Goodbye = "goodbye";
    public const string Thanks = "thanks";
    public const string None = "none";

    /// <summary>Every intent, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Greeting, Help, KbQuery, BookAppointment, CancelAppointment, RescheduleAppointment,
        AppointmentStatus, HumanHandoff, Goodbye, Thanks, None,
    ];
}
