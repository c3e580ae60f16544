using System.Text.Json;

namespace HdndWorkflow.Domain.Tests;

public class EmailAddressTests
{
    [Fact]
    public void Address_is_trimmed_and_its_domain_lower_cased() =>
        EmailAddress.From("  Nguyen.VanA@NgheAn.GOV.VN ").Value.Should().Be("Nguyen.VanA@nghean.gov.vn");

    [Fact]
    public void Json_round_trip_keeps_the_normalized_address()
    {
        var json = JsonSerializer.Serialize(EmailAddress.From(" VP@HDND.vn "));

        JsonSerializer.Deserialize<EmailAddress>(json)!.Value.Should().Be("VP@hdnd.vn");
    }

    [Fact]
    public void Addresses_differing_only_in_case_are_equal()
    {
        var a = EmailAddress.From("Hoa@Example.vn");
        var b = EmailAddress.From(" hoa@example.vn");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("vp@hdnd.nghean.gov.vn")]
    [InlineData("nguyen.van-a+hoinghi@example.vn")]
    public void Well_formed_addresses_are_accepted(string raw)
    {
        EmailAddress.TryParse(raw, out var email).Should().BeTrue();
        email!.IsWellFormed.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("a@b")]
    [InlineData("a@@example.vn")]
    [InlineData(".a@example.vn")]
    [InlineData("a..b@example.vn")]
    [InlineData("a b@example.vn")]
    [InlineData("a@-example.vn")]
    [InlineData("nguyễn@example.vn")]
    public void Malformed_addresses_are_rejected(string raw)
    {
        EmailAddress.TryParse(raw, out var email).Should().BeFalse();
        email.Should().BeNull();
        EmailAddress.From(raw).IsWellFormed.Should().BeFalse();
    }
}
