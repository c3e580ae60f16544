using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Roll;
using HdndWorkflow.Functions.Tests.Conferences;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>The roll as an Excel workbook (API and the page's link) and the printable sign-in sheet.</summary>
[Collection(PagesAppCollection.Name)]
public sealed class RollDownloadTests(PagesAppFixture app)
{
    private const string Formula = "=HYPERLINK(\"http://example.com/x\",\"Bấm vào đây\")";

    [Fact]
    public async Task The_roll_downloads_as_a_workbook_of_text_only_and_the_sign_in_sheet_lists_who_comes()
    {
        var people = PlannedConferences.Invitees("so-diem-danh", 4);
        var (conference, invitations) = await PlannedConferences.InvitedAsync(app, people);
        await AnswerAsync(invitations[0], new AnswerInput(AnswerInput.Accept));
        await AnswerAsync(invitations[1], new AnswerInput(AnswerInput.Decline, Formula));
        await AnswerAsync(invitations[2], new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Lê Văn Thay", "Phó Chủ tịch HĐND xã", $"thay-{Guid.NewGuid():N}@example.vn")));

        using var response = await app.Organizer.GetAsync(new Uri($"/api/conferences/{conference.Id}/roll.xlsx", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(RollWorkbook.ContentType);
        response.Content.Headers.ContentDisposition!.FileName.Should().StartWith("danh-sach-dai-bieu-").And.EndWith(".xlsx");
        var rows = ReadRows(await response.Content.ReadAsByteArrayAsync(), out var formulas, out var unquotedFormulaLike);

        formulas.Should().Be(0, "no cell of the roll is a formula");
        unquotedFormulaLike.Should().Be(0, "a text that looks like a formula carries the quote prefix");
        rows[0][0].Should().Be(conference.Title);
        rows[1][0].Should().StartWith("Danh sách đại biểu, cập nhật lúc ");
        rows[2].Should().Equal("STT", "Họ và tên", "Chức vụ, đơn vị", "Email", "Trả lời", "Người dự thay", "Lý do không tham dự", "Thời điểm trả lời", "Giấy mời");
        var lines = rows.Skip(3).ToList();
        lines.Select(l => l[1]).Should().Equal(people.Select(p => p.Name));
        var roll = await PlannedConferences.RollAsync(app, conference.Id);
        lines[0].Should().StartWith(["1", people[0].Name, roll.Entries[0].Line[(people[0].Name!.Length + " – ".Length)..], people[0].Email!, "Tham dự"]);
        lines[1][4].Should().Be("Không tham dự");
        lines[1][6].Should().Be(Formula, "the reason is kept as written, as text");
        lines[2][4].Should().Be("Cử người dự thay");
        lines[2][5].Should().Be("Lê Văn Thay – Phó Chủ tịch HĐND xã");
        lines[3][4].Should().Be("Chưa trả lời");
        lines.Should().OnlyContain(l => l[8] == "Đã gửi");
        lines[0][7].Should().MatchRegex(@"^\d{1,2} giờ \d{2} ngày \d{2}/\d{2}/\d{4}$");

        // The page links both; the sheet lists who accepted and the deputy (for whom), then blank lines.
        using var organizer = app.NewSession();
        await organizer.SignInAsync(PagesAppFixture.OrganizerEmail);
        var details = await organizer.GetAsync($"/hoi-nghi/{conference.Id}");
        details.Html.Should().Contain($"href=\"/api/conferences/{conference.Id}/roll.xlsx\"").And.Contain($"href=\"/hoi-nghi/{conference.Id}/danh-sach-ky\"");
        var sheet = await organizer.GetAsync($"/hoi-nghi/{conference.Id}/danh-sach-ky");
        sheet.Status.Should().Be(HttpStatusCode.OK);
        sheet.Text.Should().Contain("Danh sách đại biểu ký tên").And.Contain(people[0].Name).And.Contain("Lê Văn Thay")
            .And.Contain($"Dự thay đồng chí {people[2].Name}").And.NotContain(people[1].Name).And.NotContain(people[3].Name);
        sheet.Html.Split("class=\"signature\"").Length.Should().Be(1 + 2 + 10, "two expected delegates and ten blank lines");

        // Without signing in, neither.
        using var stranger = app.NewSession();
        var refusedSheet = await stranger.GetAsync($"/hoi-nghi/{conference.Id}/danh-sach-ky");
        refusedSheet.Status.Should().NotBe(HttpStatusCode.OK);
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        (await anonymous.GetAsync(new Uri($"/api/conferences/{conference.Id}/roll.xlsx", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task AnswerAsync(Email.Development.DevMailMessage invitation, AnswerInput answer)
    {
        using var response = await app.Organizer.PostAsJsonAsync($"/api/invitations/{Mailbox.TokenIn(invitation)}/answer", answer);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    // Each row's cells as text, in column order (the workbook writes every cell of its rows).
    private static List<string[]> ReadRows(byte[] workbook, out int formulas, out int unquotedFormulaLike)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var part = document.WorkbookPart!;
        var quoted = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => f.QuotePrefix?.Value == true).ToList();
        var cells = part.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        formulas = cells.Count(c => c.CellFormula is not null);
        unquotedFormulaLike = cells.Count(c => c.InlineString is { } s && RollWorkbook.LooksLikeFormula(s.InnerText) && !quoted[(int)(c.StyleIndex?.Value ?? 0)]);
        return [.. part.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())];
    }
}
