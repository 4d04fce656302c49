using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CobBot.Admin;

namespace CobBot.Tests.Scheduling;

public class SchedulingApiTests
{
    private static object Body(string date = "2026-03-10", string time = "10:00", string service = "Benefits Analysis", string? timeZone = null, int customer = 1) => new Dictionary<string, string?>
    {
        ["name"] = $"Jordan Customer{customer}",
        ["email"] = $"customer{customer}@example.com",
        ["phone"] = "+1 212 555 0147",
        ["service_type"] = service,
        ["preferred_date"] = date,
        ["preferred_time"] = time,
        ["requirements"] = "Epic integration",
        ["time_zone"] = timeZone,
    };

    [Fact]
    public async Task Booking_returns_201_with_the_code_and_the_start_with_its_offset()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/api/appointments", Body());
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches("^COB-[A-HJ-NP-Z2-9]{6}$", (string)json["confirmation_code"]!);
        Assert.Equal("2026-03-10T10:00:00-04:00", (string)json["start"]!);
        Assert.Equal("2026-03-10T11:00:00-04:00", (string)json["end"]!);
        Assert.Equal("Benefits Analysis", (string)json["service"]!);
        Assert.Equal("booked", (string)json["status"]!);
        Assert.Equal("America/New_York", (string)json["time_zone"]!);
        Assert.Equal($"/api/admin/appointments/{(string)json["appointment_id"]!}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_time_zone_is_honoured_for_the_request_and_the_answer()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var json = await JsonAsync(await host.Client.PostAsJsonAsync("/api/appointments", Body(time: "07:00", timeZone: "America/Los_Angeles")));

        Assert.Equal("2026-03-10T07:00:00-07:00", (string)json["start"]!);
    }

    [Fact]
    public async Task Every_invalid_field_is_named_in_one_validation_problem()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/api/appointments", new Dictionary<string, string>
        {
            ["name"] = "", ["email"] = "bad@", ["phone"] = "123", ["service_type"] = "Massage",
            ["preferred_date"] = "10/03/2026", ["preferred_time"] = "3pm",
        });
        var errors = (await JsonAsync(response))["errors"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["email", "name", "phone", "preferred_date", "preferred_time", "service_type"], errors.Select(e => e.Key).Order());
        Assert.Contains("YYYY-MM-DD", (string)errors["preferred_date"]![0]!);
        Assert.Contains("HH:mm", (string)errors["preferred_time"]![0]!);
        Assert.Contains("Product Demo, Technical Consultation, Benefits Analysis, Support Session", (string)errors["service_type"]![0]!);
    }

    [Theory]
    [InlineData("2026-03-08", "10:00", "preferred_date")]
    [InlineData("2026-03-10", "18:00", "preferred_time")]
    public async Task Dates_and_times_outside_the_calendar_are_validation_problems(string date, string time, string field)
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/api/appointments", Body(date, time));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await JsonAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_taken_slot_is_a_409_with_the_nearest_free_slots()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        await host.Client.PostAsJsonAsync("/api/appointments", Body(customer: 1));
        await host.Client.PostAsJsonAsync("/api/appointments", Body(customer: 2));

        var response = await host.Client.PostAsJsonAsync("/api/appointments", Body(customer: 3));
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Slot taken", (string)json["title"]!);
        Assert.Equal(
            ["2026-03-10T09:00:00-04:00", "2026-03-10T11:00:00-04:00", "2026-03-10T11:30:00-04:00"],
            json["alternatives"]!.AsArray().Select(a => (string)a!["start"]!));
    }

    [Fact]
    public async Task Availability_lists_free_slots_and_says_why_a_day_is_closed()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var open = await JsonAsync(await host.Client.GetAsync("/api/availability?service_type=product%20demo&date=2026-03-10"));
        var weekend = await JsonAsync(await host.Client.GetAsync("/api/availability?service_type=Product%20Demo&date=2026-03-14&time_zone=Europe/London"));

        Assert.Equal("open", (string)open["status"]!);
        Assert.Equal(30, (int)open["duration_minutes"]!);
        Assert.Equal(16, open["slots"]!.AsArray().Count);
        Assert.Equal("2026-03-10T09:00:00-04:00", (string)open["slots"]![0]!["start"]!);
        Assert.Equal("non_working_day", (string)weekend["status"]!);
        Assert.Equal("Europe/London", (string)weekend["time_zone"]!);
        Assert.Empty(weekend["slots"]!.AsArray());
    }

    [Fact]
    public async Task Availability_rejects_bad_parameters()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var response = await host.Client.GetAsync("/api/availability?service_type=Massage&date=tomorrow&time_zone=Nowhere");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["date", "service_type", "time_zone"], (await JsonAsync(response))["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Admin_endpoints_need_an_agent_or_admin_token()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var anonymous = await host.Client.GetAsync("/api/admin/appointments");
        var other = await SendAsync(host, HttpMethod.Get, "/api/admin/appointments", host.TokenFor("viewer"));
        var agent = await SendAsync(host, HttpMethod.Get, "/api/admin/appointments", host.TokenFor(AdminRoles.Agent));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
    }

    [Fact]
    public async Task Agents_list_filter_and_cancel_appointments()
    {
        await using var host = await SchedulingTestHost.StartAsync();
        var token = host.TokenFor(AdminRoles.Agent);
        var first = await JsonAsync(await host.Client.PostAsJsonAsync("/api/appointments", Body(customer: 1)));
        await host.Client.PostAsJsonAsync("/api/appointments", Body(date: "2026-03-11", customer: 2));
        var id = (string)first["appointment_id"]!;

        var byDate = await JsonAsync(await SendAsync(host, HttpMethod.Get, "/api/admin/appointments?date=2026-03-11", token));
        var byEmail = await JsonAsync(await SendAsync(host, HttpMethod.Get, "/api/admin/appointments?email=CUSTOMER1@example.com", token));
        var cancel = await SendAsync(host, HttpMethod.Post, $"/api/admin/appointments/{id}/cancel", token);
        var cancelled = await JsonAsync(await SendAsync(host, HttpMethod.Get, "/api/admin/appointments?status=cancelled", token));
        var again = await SendAsync(host, HttpMethod.Post, $"/api/admin/appointments/{id}/cancel", token);
        var unknown = await SendAsync(host, HttpMethod.Post, $"/api/admin/appointments/{Guid.NewGuid()}/cancel", token);
        var badFilter = await SendAsync(host, HttpMethod.Get, "/api/admin/appointments?status=maybe&limit=0", token);
        var one = await JsonAsync(await SendAsync(host, HttpMethod.Get, $"/api/admin/appointments/{id}", token));
        var missing = await SendAsync(host, HttpMethod.Get, $"/api/admin/appointments/{Guid.NewGuid()}", token);

        Assert.Equal("customer2@example.com", (string)Assert.Single(byDate.AsArray())!["email"]!);
        var mine = Assert.Single(byEmail.AsArray())!;
        Assert.Equal("+12125550147", (string)mine["phone"]!);
        Assert.Equal("Epic integration", (string)mine["requirements"]!);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (string)(await JsonAsync(cancel))["status"]!);
        Assert.Equal(id, (string)Assert.Single(cancelled.AsArray())!["appointment_id"]!);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["limit", "status"], (await JsonAsync(badFilter))["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal("cancelled", (string)one["status"]!);
        Assert.Equal(first["confirmation_code"]!.ToString(), (string)one["confirmation_code"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_malformed_body_is_a_bad_request()
    {
        await using var host = await SchedulingTestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/appointments", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(SchedulingTestHost host, HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return host.Client.SendAsync(request);
    }

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body.");
}
