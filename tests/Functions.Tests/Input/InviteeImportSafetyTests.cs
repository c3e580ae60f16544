using System.Net;
using System.Net.Http.Json;
using System.Text;
using HdndWorkflow.Functions.Conferences.Api;
using static HdndWorkflow.Functions.Tests.Input.RequestValidationTests;

namespace HdndWorkflow.Functions.Tests.Input;

/// <summary>
/// An invitee file with spreadsheet formulas or control characters, through the API: such lines are refused (not
/// altered), each with its line and what to fix, and nothing is imported unless the organizer skips them. A tab or
/// line break inside a cell is a space.
/// </summary>
[Collection(InputAppCollection.Name)]
public sealed class InviteeImportSafetyTests(InputAppFixture app)
{
    [Fact]
    public async Task Lines_with_formulas_or_control_characters_are_refused_line_by_line()
    {
        var conference = await InputSamples.CreateAsync(app, InputSamples.Conference(app, "csv-safety"));
        var csv = string.Join('\n',
            "Họ và tên,Chức vụ,Đơn vị,Email",
            "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Xem\"\")\",Giám đốc,Sở Tư pháp,a@x.vn",
            "Nguyễn Văn B,+1+1,Sở Y tế,b@x.vn",
            "Trần Văn C,Giám đốc,@SUM(1),c@x.vn",
            "-2+3,Giám đốc,Sở Nội vụ,d@x.vn",
            "Lê Văn\0 E,Giám đốc,Sở Tài chính,e@x.vn",
            "\"Phạm\tVăn G\",Giám đốc,Sở Công Thương,g@x.vn",
            "Hoàng Văn H,Giám đốc,Sở Xây dựng,h@x.vn");

        var refused = await ErrorsAsync(await ImportAsync(conference.Id, csv, skipInvalidLines: false));

        refused.Should().ContainKey("lines[2].name").WhoseValue.Should().Equal(
            "Dòng 2: họ và tên bắt đầu bằng ký tự “=”, “+”, “-” hoặc “@”, là cách bảng tính bắt đầu một công thức. Hãy bỏ ký tự này ở đầu ô.");
        refused.Keys.Should().BeEquivalentTo(["lines[2].name", "lines[3].title", "lines[4].organization", "lines[5].name", "lines[6].name"]);
        refused["lines[6].name"].Single().Should().Be("Dòng 6: họ và tên có ký tự điều khiển (ví dụ ký tự NUL). Hãy xóa các ký tự này trong tệp.");
        (await RollAsync(conference.Id)).Entries.Should().HaveCount(2, "nothing is imported from a file with bad lines");

        var skipped = await ImportAsync(conference.Id, csv, skipInvalidLines: true);

        skipped.StatusCode.Should().Be(HttpStatusCode.OK, await skipped.Content.ReadAsStringAsync());
        (await RollAsync(conference.Id)).Entries.Select(e => e.Name).Should().Equal("Đại biểu 1", "Đại biểu 2", "Phạm Văn G", "Hoàng Văn H");
    }

    private async Task<HttpResponseMessage> ImportAsync(Guid conference, string csv, bool skipInvalidLines)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await app.Organizer.PostAsync($"/api/conferences/{conference}/invitees/csv?skipInvalidLines={skipInvalidLines}", content);
    }

    private async Task<RollResponse> RollAsync(Guid conference) =>
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference}/roll", InputSamples.Json))!;
}
