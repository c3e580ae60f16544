using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Tests.Invitations;

public class PersonRoleTests
{
    [Theory]
    [InlineData("Giám đốc", "Sở Tư pháp", "Giám đốc Sở Tư pháp")]
    [InlineData("Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")]
    [InlineData("Phó Chủ tịch UBND tỉnh", "UBND tỉnh", "Phó Chủ tịch UBND tỉnh")]
    [InlineData("Chánh Văn phòng", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh")]
    [InlineData("Phó Trưởng Ban Pháp chế", "HĐND tỉnh", "Phó Trưởng Ban Pháp chế HĐND tỉnh")]
    [InlineData("ĐBQH chuyên trách", "", "ĐBQH chuyên trách")]
    [InlineData("", "Sở Nội vụ", "Sở Nội vụ")]
    [InlineData(" Giám đốc ", " Sở Nội vụ ", "Giám đốc Sở Nội vụ")]
    public void Title_is_followed_by_the_organization_unless_it_names_it_already(string title, string organization, string expected) =>
        PersonRole.Of(title, organization).Should().Be(expected);

    [Fact]
    public void Organization_matched_only_as_whole_words() =>
        PersonRole.Of("Chủ tịch HĐND xã Tân Lập", "HĐND xã Tân L").Should().Be("Chủ tịch HĐND xã Tân Lập HĐND xã Tân L");

    [Fact]
    public void A_persons_line_never_names_the_unit_after_a_title_that_names_it()
    {
        var person = new Invitee.Person(Builders.InviteeId(1), "Nguyễn Đức Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy",
            EmailAddress.From("thanh@example.vn"));

        person.Line.Should().Be("Nguyễn Đức Thành \u2013 Phó Bí thư Thường trực Tỉnh ủy");
    }
}
