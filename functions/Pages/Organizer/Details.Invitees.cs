using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Import;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>The conference page's additions to the list of invitees: one row, or a CSV file.</summary>
internal sealed partial class DetailsModel
{
    [BindProperty]
    public InviteeRow NewInvitee { get; set; } = new();

    /// <summary>What was wrong with an uploaded file, one message per problem, each naming its line.</summary>
    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    public async Task<IActionResult> OnPostInviteeAsync(Guid id, CancellationToken cancellationToken)
    {
        IReadOnlyList<Invitee> invitees = NewInvitee.IsBlank ? [] : [NewInvitee.ToInput().ToInvitee(new InviteeId(Guid.NewGuid()))];
        var outcome = await service.AddInviteesAsync(User, new ConferenceId(id), invitees, cancellationToken);
        return outcome switch
        {
            Outcome<IReadOnlyList<Invitee>>.Done => Done(id, Notices.InviteeAdded),
            Outcome<IReadOnlyList<Invitee>>.Invalid invalid => await RefusedAsync(id, InviteeForm, invalid.Errors, cancellationToken),
            _ => Refusal(outcome, id),
        };
    }

    /// <param name="id">The conference.</param>
    /// <param name="file">The CSV file: columns "Họ và tên, Chức vụ, Đơn vị, Email".</param>
    /// <param name="skipInvalidLines">Import the valid lines of a file that has bad ones (never past a file-level error).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? file, bool skipInvalidLines, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (file is null || file.Length == 0)
        {
            return await RefusedAsync(id, ImportForm, [new ValidationError(InviteeImportFields.File, "Vui lòng chọn tệp CSV danh sách đại biểu.")], cancellationToken);
        }

        InviteeImport import;
        await using (var stream = file.OpenReadStream())
        {
            import = await InviteeCsvReader.ReadAsync(stream, Conference.Invitees.Select(i => i.Email), () => new InviteeId(Guid.NewGuid()), cancellationToken);
        }

        var chosen = import.ToImport(skipInvalidLines);
        if (!chosen.IsSuccess)
        {
            return await ImportRefusedAsync(id, import, [.. import.Errors.Select(e => e.Message)], cancellationToken);
        }

        var outcome = await service.AddInviteesAsync(User, new ConferenceId(id), chosen.Value, cancellationToken);
        var skipped = skipInvalidLines ? import.Errors.Select(e => e.Line).Distinct().Count() : 0;
        return outcome switch
        {
            Outcome<IReadOnlyList<Invitee>>.Done => Done(id, Notices.Imported, string.Create(
                CultureInfo.InvariantCulture, $"&{Notices.CountQuery}={chosen.Value.Count}&{Notices.SkippedQuery}={skipped}")),
            Outcome<IReadOnlyList<Invitee>>.Invalid invalid => await ImportRefusedAsync(
                id, import, [.. invalid.Errors.Select(e => AtLine(e, import))], cancellationToken),
            _ => Refusal(outcome, id),
        };
    }

    private async Task<IActionResult> ImportRefusedAsync(Guid id, InviteeImport import, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        ImportErrors = messages;
        var lineErrorsOnly = import.HasErrors && !import.HasFileErrors && import.Invitees.Count > 0;
        var summary = lineErrorsOnly
            ? "Tệp có dòng lỗi nên chưa nhập đại biểu nào. Hãy sửa các dòng dưới đây rồi tải tệp lên lại, hoặc đánh dấu “Bỏ qua các dòng lỗi” để chỉ nhập các dòng hợp lệ."
            : "Chưa nhập được đại biểu nào từ tệp.";
        return await RefusedAsync(id, ImportForm, [new ValidationError(InviteeImportFields.File, summary)], cancellationToken);
    }

    // The service numbers the invitees it refuses as sent ("invitees[3].email"): the 4th imported one, read from a line.
    private static string AtLine(ValidationError error, InviteeImport import)
    {
        const string prefix = ConferenceFields.Invitees + "[";
        if (error.Field.StartsWith(prefix, StringComparison.Ordinal)
            && error.Field.IndexOf(']', StringComparison.Ordinal) is > 0 and var close
            && int.TryParse(error.Field.AsSpan(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < import.Invitees.Count)
        {
            return $"Dòng {import.Invitees[index].Line.ToString(CultureInfo.InvariantCulture)}: {error.Message}";
        }

        return error.Message;
    }
}
