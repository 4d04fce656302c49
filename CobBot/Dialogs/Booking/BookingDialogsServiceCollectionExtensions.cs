using CobBot.Recognition.Entities;

namespace CobBot.Dialogs.Booking;

/// <summary>Registers the appointment dialogs.</summary>
public static class BookingDialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BookingDialog"/>, <see cref="CancelAppointmentDialog"/>, <see cref="RescheduleAppointmentDialog"/>
    /// and <see cref="AppointmentStatusDialog"/> with their shared sub-dialogs <see cref="FindAppointmentDialog"/> and
    /// <see cref="PickSlotDialog"/> (singletons: dialogs keep their state in the conversation, not in
    /// themselves) and the local entity extractor. Needs <c>AddCobBotScheduling</c> and the app database.
    /// </summary>
    public static IServiceCollection AddCobBotBookingDialogs(this IServiceCollection services)
    {
        services.AddEntityExtraction();
        services.AddSingleton<ContactInput>();
        services.AddSingleton<SlotOffers>();
        services.AddSingleton<AppointmentChangeWindow>();
        services.AddSingleton<FindAppointmentDialog>();
        services.AddSingleton<PickSlotDialog>();
        services.AddSingleton<BookingDialog>();
        services.AddSingleton<CancelAppointmentDialog>();
        services.AddSingleton<RescheduleAppointmentDialog>();
        services.AddSingleton<AppointmentStatusDialog>();
        return services;
    }
}
