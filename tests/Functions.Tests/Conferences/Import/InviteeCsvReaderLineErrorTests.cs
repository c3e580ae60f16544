using static HdndWorkflow.Functions.Tests.Conferences.Import.CsvSamples;

namespace HdndWorkflow.Functions.Tests.Conferences.Import;

/// <summary>Bad lines: each reported with its physical line, the column concerned and a Vietnamese reason.</summary>
public sealed class InviteeCsvReaderLineErrorTests
{
    [Fact]
    public async Task Every_bad_line_is_reported_and_only_the_good_ones_are_read()
    {
        var csv = Lines(
            Header,
            "Nguyễn Văn An,Giám đốc,Sở Tư pháp,an@x.vn",
            ",,,bich@x.vn",
            "",
            "Trần Văn Bình,Phó Giám đốc,Sở Tư pháp,binh@",
            ",,Văn phòng UBND tỉnh,vp@x.vn");

        var import = await ReadAsync(csv);

        import.Invitees.Select(invitee => invitee.Line).Should().Equal(2, 6);
        import.Described().Should().Equal(
            (3, "name", "Dòng 3: thiếu họ và tên (khi mời cá nhân) hoặc tên đơn vị ở cột “Đơn vị” (khi mời đơn vị)."),
            (5, "email", "Dòng 5: địa chỉ email “binh@” không hợp lệ."));
        import.HasFileErrors.Should().BeFalse();
    }

    [Fact]
    public async Task A_missing_email_is_reported()
    {
        var import = await ReadAsync(Lines(Header, "Nguyễn Văn An,Giám đốc,Sở Tư pháp,"));

        import.Described().Should().Equal((2, "email", "Dòng 2: địa chỉ email không được để trống."));
    }

    [Fact]
    public async Task An_address_repeated_in_the_file_in_another_case_is_reported_on_the_later_line_naming_the_first()
    {
        var csv = Lines(Header, "A,Giám đốc,,an@x.vn", "B,Giám đốc,,b@x.vn", "C,Giám đốc,,AN@X.VN");

        var import = await ReadAsync(csv);

        import.Invitees.Select(invitee => invitee.Line).Should().Equal(2, 3);
        import.Described().Should().Equal((4, "email", "Dòng 4: địa chỉ email “AN@x.vn” trùng với dòng 2."));
    }

    [Fact]
    public async Task An_address_already_invited_to_the_conference_is_reported()
    {
        var csv = Lines(Header, "A,Giám đốc,,An@X.vn", ",,Sở Y tế,syt@x.vn");

        var import = await ReadAsync(csv, "an@x.vn");

        import.Invitees.Select(invitee => invitee.Line).Should().Equal(3);
        import.Described().Should().Equal(
            (2, "email", "Dòng 2: địa chỉ email “An@x.vn” đã có trong danh sách khách mời của hội nghị."));
    }

    [Fact]
    public async Task A_repeat_of_a_bad_line_s_address_is_still_a_duplicate()
    {
        var csv = Lines(Header, "A,,,an@x.vn", "B,Giám đốc,,an@x.vn");

        var import = await ReadAsync(csv);

        import.Invitees.Should().BeEmpty();
        import.Described().Select(error => (error.Line, error.Field)).Should().Equal((2, "title"), (3, "email"));
    }

    [Fact]
    public async Task A_person_needs_a_title_as_the_conference_validator_requires()
    {
        var import = await ReadAsync(Lines(Header, "Nguyễn Văn An,,Sở Tư pháp,an@x.vn"));

        import.Described().Should().Equal((2, "title", "Dòng 2: chức vụ của khách mời không được để trống."));
    }

    [Fact]
    public async Task A_title_without_a_name_is_not_taken_for_a_unit()
    {
        var import = await ReadAsync(Lines(Header, ",Giám đốc,Sở Tư pháp,stp@x.vn"));

        import.Invitees.Should().BeEmpty();
        import.Described().Should().ContainSingle().Which.Should().Be(
            (2, "name", "Dòng 2: có chức vụ nhưng thiếu họ và tên. Khi mời đơn vị, chỉ ghi tên đơn vị và email, để trống họ tên và chức vụ."));
    }

    [Fact]
    public async Task Values_longer_than_the_limits_are_reported_each_with_its_column()
    {
        var csv = Lines(
            Header,
            $"{new string('A', 101)},{new string('B', 251)},{new string('C', 251)},{new string('d', 250)}@x.vn",
            $",,{new string('C', 251)},unit@x.vn");

        var import = await ReadAsync(csv);

        import.Invitees.Should().BeEmpty();
        import.Described().Should().Equal(
            (2, "name", "Dòng 2: họ và tên dài 101 ký tự, vượt quá giới hạn 100 ký tự."),
            (2, "title", "Dòng 2: chức vụ dài 251 ký tự, vượt quá giới hạn 250 ký tự."),
            (2, "organization", "Dòng 2: tên đơn vị dài 251 ký tự, vượt quá giới hạn 250 ký tự."),
            (2, "email", "Dòng 2: địa chỉ email dài 255 ký tự, vượt quá giới hạn 254 ký tự."),
            (3, "organization", "Dòng 3: tên đơn vị dài 251 ký tự, vượt quá giới hạn 250 ký tự."));
    }

    [Fact]
    public async Task Values_at_the_limits_are_accepted()
    {
        var csv = Lines(Header, $"{new string('A', 100)},{new string('B', 250)},{new string('C', 250)},{new string('d', 64)}@x.vn");

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        import.Invitees.Should().ContainSingle();
    }

    [Fact]
    public async Task An_unquoted_separator_inside_a_value_is_reported_as_too_many_columns()
    {
        var csv = Lines(Header, "Lê Văn Cường,Giám đốc,Sở Tư pháp, tỉnh Bắc Ninh,cuong@x.vn", "Lê Văn Dũng,Giám đốc,Sở Y tế,dung@x.vn,,");

        var import = await ReadAsync(csv);

        import.Invitees.Select(invitee => invitee.Line).Should().Equal(3);
        import.Described().Should().Equal(
            (2, "line", "Dòng 2: dòng có 5 cột, nhiều hơn dòng tiêu đề (4 cột). Giá trị có dấu phẩy hoặc dấu chấm phẩy phải được đặt trong dấu ngoặc kép."),
            (2, "email", "Dòng 2: địa chỉ email “tỉnh Bắc Ninh” không hợp lệ."));
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_reported()
    {
        var import = await ReadAsync(Lines(Header, "\"Lê Văn\" Cường,Giám đốc,Sở Tư pháp,cuong@x.vn"));

        import.Described().Should().ContainSingle().Which.Should().Be(
            (2, "line", "Dòng 2: có ký tự ngay sau dấu ngoặc kép đóng. Hãy đặt cả giá trị trong dấu ngoặc kép, dấu ngoặc kép bên trong viết thành hai dấu (\"\")."));
    }

    [Fact]
    public async Task A_line_may_have_several_errors_all_reported()
    {
        var import = await ReadAsync(Lines(Header, $"{new string('A', 101)},,,không-phải-email"));

        import.Described().Should().Equal(
            (2, "name", "Dòng 2: họ và tên dài 101 ký tự, vượt quá giới hạn 100 ký tự."),
            (2, "title", "Dòng 2: chức vụ của khách mời không được để trống."),
            (2, "email", "Dòng 2: địa chỉ email “không-phải-email” không hợp lệ."));
    }

    [Fact]
    public async Task A_value_that_starts_like_a_formula_or_holds_a_control_character_is_refused_in_every_column()
    {
        var csv = Lines(
            Header,
            "\"=HYPERLINK(\"\"http://evil.example\"\")\",Giám đốc,Sở Tư pháp,a@x.vn",
            "Nguyễn Văn B,+1+1,Sở Y tế,b@x.vn",
            "Trần Văn C,Giám đốc,@SUM(1),c@x.vn",
            "Lê Văn D,Giám đốc,Sở Nội vụ,-1@x.vn",
            "Phạm\u001bVăn E,Giám đốc,Sở Tài chính,e@x.vn");

        var import = await ReadAsync(csv);

        import.Invitees.Should().BeEmpty();
        var described = import.Described().ToList();
        described.Select(error => (error.Line, error.Field)).Should().Equal(((int?)2, "name"), (3, "title"), (4, "organization"), (5, "email"), (6, "name"));
        described[1].Message.Should().Be(
            "Dòng 3: chức vụ bắt đầu bằng ký tự “=”, “+”, “-” hoặc “@”, là cách bảng tính bắt đầu một công thức. Hãy bỏ ký tự này ở đầu ô.");
        described[4].Message.Should().Be("Dòng 6: họ và tên có ký tự điều khiển (ví dụ ký tự NUL). Hãy xóa các ký tự này trong tệp.");
    }
}
