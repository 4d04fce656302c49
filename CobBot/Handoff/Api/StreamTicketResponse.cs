namespace CobBot.Handoff.Api;

/// <summary>A single-use ticket for opening the live feed with <c>EventSource</c>, which cannot send an Authorization header.</summary>
/// <param name="Ticket">Pass as <c>?ticket=</c> to <c>GET /api/admin/escalations/stream</c>.</param>
/// <param name="ExpiresIn">Seconds the ticket stays valid if unused.</param>
public sealed record StreamTicketResponse(string Ticket, int ExpiresIn);
