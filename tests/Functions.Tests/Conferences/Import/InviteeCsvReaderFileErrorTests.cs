using System.Text;
using HdndWorkflow.Functions.Conferences.Import;
using static HdndWorkflow.Functions.Tests.Conferences.Import.CsvSamples;

namespace HdndWorkflow.Functions.Tests.Conferences.Import;

/// <summary>Files refused as a whole: one clear error, nothing read.</summary>
public sealed class InviteeCsvReaderFileErrorTests
{
    [Fact]
    public async Task Missing_columns_are_one_error_naming_them()
    {
        var import = await ReadAsync(Lines("Họ tên,Chức vụ,Đơn vị,E-mail", "Nguyễn Văn An,Giám đốc,Sở Tư pháp,an@x.vn"));

        ShouldBeRefused(import, null, "Dòng tiêu đề thiếu cột “Họ và tên”, “Email”. Dòng đầu tiên của tệp phải có các cột: Họ và tên, Chức vụ, Đơn vị, Email.");
    }

    [Fact]
    public async Task A_repeated_column_is_refused()
    {
        var import = await ReadAsync(Lines("Họ và tên,Chức vụ,Đơn vị,Email,EMAIL", "A,B,C,a@x.vn,b@x.vn"));

        ShouldBeRefused(import, null, "Dòng tiêu đề có cột “Email” nhiều lần.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    public async Task An_empty_file_is_refused(string csv)
    {
        var import = await ReadAsync(csv);

        ShouldBeRefused(import, null, "Tệp trống: không có dòng tiêu đề.");
    }

    [Fact]
    public async Task A_file_with_only_the_header_is_refused()
    {
        var import = await ReadAsync(Lines(Header, "", ",,,", "  "));

        ShouldBeRefused(import, null, "Tệp không có dòng khách mời nào (ngoài dòng tiêu đề).");
    }

    [Fact]
    public async Task A_file_in_a_legacy_vietnamese_code_page_is_refused_naming_the_first_bad_line()
    {
        // "Tr" + 0xE2 + "n" is "Trân" in Windows-1258 (and TCVN3 uses bytes above 0x7F the same way): not UTF-8.
        byte[] csv = [.. Utf8(Lines(Header, "An,Giám đốc,,an@x.vn")), .. "Tr"u8, 0xE2, .. "n,Giám đốc,,tran@x.vn\n"u8];

        var import = await ReadAsync(csv);

        ShouldBeRefused(import, 3, "Tệp không được lưu theo bảng mã UTF-8 (có ký tự không đọc được ở dòng 3). Trong Excel, hãy lưu lại với kiểu tệp “CSV UTF-8”.");
    }

    [Fact]
    public async Task A_utf16_file_is_refused()
    {
        var csv = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Lines(Header, "An,Giám đốc,,an@x.vn"))).ToArray();

        var import = await ReadAsync(csv);

        import.Errors.Should().ContainSingle().Which.Message.Should().StartWith("Tệp không được lưu theo bảng mã UTF-8");
    }

    [Fact]
    public async Task A_file_of_more_than_20000_lines_is_refused()
    {
        var lines = Enumerable.Range(1, 20_000).Select(i => $"Người {i},Đại biểu,,dai.bieu{i}@x.vn");
        var csv = Lines([Header, .. lines]);

        var import = await ReadAsync(csv);

        ShouldBeRefused(import, null, "Tệp có 20.001 dòng, vượt quá giới hạn 20.000 dòng. Hãy chia thành nhiều tệp nhỏ hơn.");
    }

    [Fact]
    public async Task A_file_of_20000_lines_is_read()
    {
        var lines = Enumerable.Range(1, 19_999).Select(i => $"Người {i},Đại biểu,,dai.bieu{i}@x.vn");

        var import = await ReadAsync(Lines([Header, .. lines]));

        import.Errors.Should().BeEmpty();
        import.Invitees.Should().HaveCount(19_999);
        import.Invitees[^1].Line.Should().Be(20_000);
    }

    [Fact]
    public async Task A_file_larger_than_10_megabytes_is_refused()
    {
        var csv = Utf8(Lines(Header, new string('x', InviteeImportLimits.MaxBytes)));

        var import = await ReadAsync(csv);

        ShouldBeRefused(import, null, "Tệp lớn hơn 10 MB, vượt quá giới hạn cho phép. Hãy chia thành nhiều tệp nhỏ hơn.");
    }

    [Fact]
    public async Task An_unclosed_quote_is_refused_as_it_swallows_the_rest_of_the_file()
    {
        var import = await ReadAsync(Lines(Header, "A,Giám đốc,,a@x.vn", "\"B,Giám đốc,,b@x.vn", "C,Giám đốc,,c@x.vn"));

        ShouldBeRefused(import, 3, "Dòng 3: dấu ngoặc kép (\") được mở nhưng không được đóng, nên không đọc được phần còn lại của tệp.");
    }

    private static void ShouldBeRefused(InviteeImport import, int? line, string message)
    {
        import.Invitees.Should().BeEmpty();
        import.HasFileErrors.Should().BeTrue();
        import.Errors.Should().ContainSingle().Which.Should().Be(new InviteeImportError(line, "file", message));
    }
}
