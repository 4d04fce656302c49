namespace CobBot.Tests.Scheduling;

/// <summary>A staff.json with one person who runs every type, so one start time is exactly one slot.</summary>
internal static class SingleStaffCatalog
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["staff.json"] = """
            {
              "staff": [
                {
                  "id": "solo", "name": "Sam Solo", "timeZone": "America/New_York",
                  "services": [ "Product Demo", "Technical Consultation", "Benefits Analysis", "Support Session" ],
                  "workingHours": [ { "days": [ "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" ], "start": "09:00", "end": "17:00" } ]
                }
              ]
            }
            """,
    };
}
