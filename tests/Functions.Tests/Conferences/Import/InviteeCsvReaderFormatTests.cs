using System.Text;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;
using static HdndWorkflow.Functions.Tests.Conferences.Import.CsvSamples;

namespace HdndWorkflow.Functions.Tests.Conferences.Import;

/// <summary>The file formats the organizers' tools write: BOM or not, CR LF, ';', NFD, quotes.</summary>
public sealed class InviteeCsvReaderFormatTests
{
    private static readonly string People = Lines(
        Header,
        "Nguyễn Văn An,Giám đốc,Sở Tư pháp,an.nv@sotuphap.bacninh.gov.vn",
        ",,Thường trực HĐND xã Tiên Du,hdnd.tiendu@bacninh.gov.vn");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_utf8_file_with_or_without_bom_gives_a_person_and_a_unit_with_their_lines(bool byteOrderMark)
    {
        var import = await ReadAsync(Utf8(People, byteOrderMark));

        import.Errors.Should().BeEmpty();
        import.Invitees.Should().BeEquivalentTo(new[]
        {
            new { Line = 2, Invitee = (Invitee)new Invitee.Person(Id(1), "Nguyễn Văn An", "Giám đốc", "Sở Tư pháp", EmailAddress.From("an.nv@sotuphap.bacninh.gov.vn")) },
            new { Line = 3, Invitee = (Invitee)new Invitee.Unit(Id(2), "Thường trực HĐND xã Tiên Du", EmailAddress.From("hdnd.tiendu@bacninh.gov.vn")) },
        }, options => options.RespectingRuntimeTypes());
    }

    [Fact]
    public async Task Headers_in_nfd_any_case_and_padded_are_recognised_and_values_come_out_in_nfc()
    {
        var csv = Lines(
            " HỌ VÀ TÊN , chức  vụ,ĐƠN VỊ,  email ",
            "Trần Thị Bích Ngọc,Phó Chủ tịch HĐND,Huyện Quế Võ,ngoc.ttb@quevo.gov.vn").Normalize(NormalizationForm.FormD);

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        var person = import.Invitees.Should().ContainSingle().Which.Invitee.Should().BeOfType<Invitee.Person>().Subject;
        person.Name.Should().Be("Trần Thị Bích Ngọc").And.Be("Trần Thị Bích Ngọc".Normalize(NormalizationForm.FormC));
        person.Title.Should().Be("Phó Chủ tịch HĐND");
        person.Organization.Should().Be("Huyện Quế Võ");
    }

    [Fact]
    public async Task A_semicolon_file_from_excel_keeps_commas_inside_values()
    {
        var csv = Lines(
            "Họ và tên;Chức vụ;Đơn vị;Email",
            "Lê Văn Cường;Trưởng ban, Ban Pháp chế;HĐND tỉnh Bắc Ninh;cuong.lv@bacninh.gov.vn");

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        import.Invitees.Single().Invitee.Should().BeOfType<Invitee.Person>().Which.Title.Should().Be("Trưởng ban, Ban Pháp chế");
    }

    [Fact]
    public async Task A_file_as_excel_saves_it_in_a_vietnamese_locale_is_read()
    {
        // "CSV UTF-8" from Excel with Vietnamese regional settings: byte order mark, ';', CR LF, quotes around ';'.
        var csv = "Họ và tên;Chức vụ;Đơn vị;Email\r\n" +
            "Ngô Thị Lan;\"Phó Trưởng ban; Ban Văn hóa - Xã hội\";HĐND tỉnh;lan.nt@x.vn\r\n" +
            ";;Thường trực HĐND phường Kinh Bắc;hdnd.kinhbac@x.vn\r\n";

        var import = await ReadAsync(Utf8(csv, byteOrderMark: true));

        import.Errors.Should().BeEmpty();
        import.Invitees.Select(invitee => (invitee.Line, invitee.Invitee.Line)).Should().Equal(
            (2, "Ngô Thị Lan \u2013 Phó Trưởng ban; Ban Văn hóa - Xã hội HĐND tỉnh"),
            (3, "Thường trực HĐND phường Kinh Bắc"));
    }

    [Fact]
    public async Task Crlf_line_ends_and_blank_lines_keep_physical_line_numbers()
    {
        var csv = "\uFEFFHọ và tên,Chức vụ,Đơn vị,Email\r\n\r\nA,Giám đốc,,a@x.vn\r\n,,,\r\n   \r\nB,Phó Giám đốc,,b@x.vn\r\n\r\n";

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        import.Invitees.Select(invitee => (invitee.Line, invitee.Invitee.Name)).Should().Equal((3, "A"), (6, "B"));
    }

    [Fact]
    public async Task Quoted_values_may_hold_commas_quotes_and_line_breaks()
    {
        var csv = Lines(
            Header,
            "\"Phạm Minh Đức\",\"Chủ nhiệm, Ủy ban Kiểm tra\",\"Trường THPT \"\"Lý Thái Tổ\"\"\",duc.pm@x.vn",
            "Hoàng Thị Hà,\"Ủy viên\nThường trực\",Sở Nội vụ,ha.ht@x.vn",
            "Vũ Văn Hùng,Chánh Văn phòng,VP HĐND,hung.vv@x.vn");

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        var first = import.Invitees[0].Invitee.Should().BeOfType<Invitee.Person>().Subject;
        first.Title.Should().Be("Chủ nhiệm, Ủy ban Kiểm tra");
        first.Organization.Should().Be("Trường THPT \"Lý Thái Tổ\"");
        import.Invitees[1].Invitee.Should().BeOfType<Invitee.Person>().Which.Title.Should().Be("Ủy viên Thường trực", "a name is one line");
        import.Invitees.Select(invitee => invitee.Line).Should().Equal(2, 3, 5);
    }

    [Fact]
    public async Task Other_columns_are_ignored_and_the_columns_may_come_in_any_order()
    {
        var csv = Lines(
            "STT,Email,Đơn vị,Họ và tên,Chức vụ,Ghi chú",
            "1,an@x.vn,Sở Tài chính,Đỗ Văn An,Giám đốc,Đã xác nhận qua điện thoại");

        var import = await ReadAsync(csv);

        import.Errors.Should().BeEmpty();
        import.Invitees.Single().Invitee.Should().BeEquivalentTo(
            new Invitee.Person(Id(1), "Đỗ Văn An", "Giám đốc", "Sở Tài chính", EmailAddress.From("an@x.vn")));
    }

    [Fact]
    public async Task Values_are_trimmed_and_a_short_line_has_empty_trailing_values()
    {
        var csv = Lines(Header, "  Đinh Văn Sơn\u00A0 ,  Giám đốc ,, son@x.vn  ", ",,Ủy ban MTTQ tỉnh,\u200Bmttq@x.vn", "Bùi Văn Tú,Chủ tịch,UBND xã");

        var import = await ReadAsync(csv);

        import.Invitees.Select(invitee => (invitee.Invitee.Name, invitee.Invitee.Email.Value))
            .Should().Equal(("Đinh Văn Sơn", "son@x.vn"), ("Ủy ban MTTQ tỉnh", "mttq@x.vn"));
        import.Described().Should().Equal((4, "email", "Dòng 4: địa chỉ email không được để trống."));
    }
}
