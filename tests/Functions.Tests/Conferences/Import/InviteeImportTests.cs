using HdndWorkflow.Domain;
using static HdndWorkflow.Functions.Tests.Conferences.Import.CsvSamples;

namespace HdndWorkflow.Functions.Tests.Conferences.Import;

/// <summary>"Nothing imported from a file with errors unless the organizer chooses to skip them."</summary>
public sealed class InviteeImportTests
{
    private static readonly string WithOneBadLine = Lines(
        Header,
        "Nguyễn Văn An,Giám đốc,Sở Tư pháp,an@x.vn",
        "Trần Văn Bình,Phó Giám đốc,Sở Tư pháp,binh@",
        ",,Văn phòng UBND tỉnh,vp@x.vn");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_clean_file_is_imported_whole_in_file_order(bool skipInvalidLines)
    {
        var import = await ReadAsync(Lines(Header, "A,Giám đốc,,a@x.vn", ",,Sở Y tế,syt@x.vn"));

        var result = import.ToImport(skipInvalidLines);

        result.IsSuccess.Should().BeTrue();
        result.Value.Select(invitee => (invitee.Id, invitee.Name)).Should().Equal((Id(1), "A"), (Id(2), "Sở Y tế"));
    }

    [Fact]
    public async Task Nothing_is_imported_from_a_file_with_bad_lines_unless_they_are_skipped()
    {
        var import = await ReadAsync(WithOneBadLine);

        var result = import.ToImport(skipInvalidLines: false);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().Equal(new ValidationError("lines[3].email", "Dòng 3: địa chỉ email “binh@” không hợp lệ."));
    }

    [Fact]
    public async Task Skipping_bad_lines_imports_the_good_ones()
    {
        var import = await ReadAsync(WithOneBadLine);

        var result = import.ToImport(skipInvalidLines: true);

        result.IsSuccess.Should().BeTrue();
        result.Value.Select(invitee => invitee.Name).Should().Equal("Nguyễn Văn An", "Văn phòng UBND tỉnh");
    }

    [Fact]
    public async Task A_file_level_error_cannot_be_skipped()
    {
        var import = await ReadAsync(Lines("Họ và tên,Đơn vị,Email", "A,,a@x.vn"));

        var result = import.ToImport(skipInvalidLines: true);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("file");
    }

    [Fact]
    public async Task Skipping_when_every_line_is_bad_leaves_nothing_and_fails_with_the_errors()
    {
        var import = await ReadAsync(Lines(Header, "A,,,a@x.vn", "B,Giám đốc,,b@"));

        var result = import.ToImport(skipInvalidLines: true);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Select(error => error.Field).Should().Equal("lines[2].title", "lines[3].email");
    }

    [Fact]
    public async Task Ids_are_drawn_only_for_the_invitees_read()
    {
        var import = await ReadAsync(WithOneBadLine);

        import.Invitees.Select(invitee => invitee.Invitee.Id).Should().Equal(Id(1), Id(2));
    }
}
