using CobBot.Framework.Builder;
using CobBot.Framework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// <c>POST /conversations/{id}/upload?userId=</c> (multipart <c>file</c> parts plus an optional <c>activity</c> part,
/// or one raw file) and <c>GET /attachments/{id}</c>, which serves the stored files at unguessable URLs.
/// </summary>
internal static class DirectLineUploadEndpoints
{
    private const string ActivityPart = "activity";

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).DisableAntiforgery();
        group.MapGet("/attachments/{uploadId}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(string conversationId, string? userId, HttpRequest request, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineChannel channel, DirectLineUrls urls, IOptions<DirectLineOptions> options, IBot bot)
    {
        var (conversation, access, failure) = await DirectLineClientEndpoints.AuthorizeAsync(conversationId, request, tokens, store);
        if (failure is not null) return failure;
        if (request.ContentLength > options.Value.MaxUploadBytes)
            return DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Uploads are limited to {options.Value.MaxUploadBytes} bytes.");

        var (activity, files, bad) = request.HasFormContentType
            ? await ReadMultipartAsync(request, options.Value)
            : await ReadRawFileAsync(request, options.Value);
        if (bad is not null) return bad;

        activity!.Type ??= ActivityTypes.Message;
        activity.From ??= new ChannelAccount(userId ?? "");
        if (string.IsNullOrEmpty(activity.From.Id)) activity.From.Id = userId;
        activity.Attachments = [];
        foreach (var file in files!)
        {
            var upload = file with { Id = DirectLineIds.NewUploadId(), ConversationId = conversation!.Id };
            await store.SaveUploadAsync(upload, request.HttpContext.RequestAborted);
            activity.Attachments.Add(new Attachment { ContentType = upload.ContentType, ContentUrl = urls.UploadUrl(request, upload.Id), Name = upload.Name });
        }
        return await DirectLineClientEndpoints.PostAsync(channel, conversation!, access!, activity, bot);
    }

    private static async Task<IResult> DownloadAsync(string uploadId, IDirectLineStore store, HttpContext context)
    {
        var upload = await store.GetUploadAsync(uploadId, context.RequestAborted);
        if (upload is null) return DirectLineResults.Error(StatusCodes.Status404NotFound, "NotFound", "No such attachment.");
        // Served from this origin: never let an uploaded document run script here.
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        return Results.File(upload.Content, upload.ContentType, upload.Name);
    }

    private static async Task<(Activity?, List<DirectLineUpload>?, IResult?)> ReadMultipartAsync(HttpRequest request, DirectLineOptions options)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        Activity? activity = null;
        var files = new List<DirectLineUpload>();
        long total = 0;
        foreach (var file in form.Files)
        {
            total += file.Length;
            if (total > options.MaxUploadBytes) return (null, null, TooBig(options));
            using var content = new MemoryStream();
            await file.CopyToAsync(content, request.HttpContext.RequestAborted);
            if (file.Name == ActivityPart)
            {
                var (parsed, bad) = DirectLineActivityReader.Parse(System.Text.Encoding.UTF8.GetString(content.ToArray()));
                if (bad is not null) return (null, null, bad);
                activity = parsed;
            }
            else
            {
                files.Add(new DirectLineUpload("", "", file.ContentType is { Length: > 0 } type ? type : "application/octet-stream", file.FileName, content.ToArray()));
            }
        }
        if (activity is null && form.TryGetValue(ActivityPart, out var activityField))
        {
            var (parsed, bad) = DirectLineActivityReader.Parse(activityField.ToString());
            if (bad is not null) return (null, null, bad);
            activity = parsed;
        }
        return files.Count == 0
            ? (null, null, DirectLineResults.BadArgument("The upload has no file part."))
            : (activity ?? new Activity { Type = ActivityTypes.Message }, files, null);
    }

    private static async Task<(Activity?, List<DirectLineUpload>?, IResult?)> ReadRawFileAsync(HttpRequest request, DirectLineOptions options)
    {
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, request.HttpContext.RequestAborted);
        if (content.Length > options.MaxUploadBytes) return (null, null, TooBig(options));
        if (content.Length == 0) return (null, null, DirectLineResults.BadArgument("The upload is empty."));
        var name = ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value)?.Trim('"')
            : null;
        var file = new DirectLineUpload("", "", request.ContentType ?? "application/octet-stream", name, content.ToArray());
        return (new Activity { Type = ActivityTypes.Message }, [file], null);
    }

    private static IResult TooBig(DirectLineOptions options) =>
        DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"Uploads are limited to {options.MaxUploadBytes} bytes.");
}
