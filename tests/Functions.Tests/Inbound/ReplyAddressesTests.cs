using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Security;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Tests.Inbound;

public sealed class ReplyAddressesTests
{
    private static readonly ConferenceId Conference = new(Guid.Parse("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
    private static readonly InviteeId Invitee = new(Guid.Parse("3f2a1b0c-9d8e-4c7b-a6f5-e4d3c2b1a098"));

    [Fact]
    public void An_address_fits_SMTPs_local_part_and_reads_back_whatever_its_case()
    {
        var addresses = Addresses();
        var address = addresses.For(Conference, Invitee, LinkHolder.Invitee)!.Value;

        address.Should().MatchRegex("^tra-loi\\+[a-z2-7]{53}@tra-loi\\.example\\.vn$");
        address[..address.IndexOf('@', StringComparison.Ordinal)].Length.Should().BeLessThanOrEqualTo(64);
        var reference = addresses.Find(["someone@else.vn", address.ToUpperInvariant()])!;
        reference.Conference.Should().Be(Conference);
        reference.Holder.Should().Be(LinkHolder.Invitee);
        reference.RowKeyPrefix.Should().Be("3f2a1b0c-9d8e");
        addresses.Signed(reference, Invitee).Should().BeTrue();
        addresses.Signed(reference, new InviteeId(Guid.Parse("3f2a1b0c-9d8e-0000-0000-000000000000"))).Should().BeFalse("the tag covers the whole id");
    }

    [Fact]
    public void The_deputys_address_differs_and_says_whose_it_is()
    {
        var addresses = Addresses();
        var deputy = addresses.For(Conference, Invitee, LinkHolder.Deputy)!.Value;

        deputy.Should().NotBe(addresses.For(Conference, Invitee, LinkHolder.Invitee)!.Value);
        addresses.Find([deputy])!.Holder.Should().Be(LinkHolder.Deputy);
    }

    [Fact]
    public void Another_key_another_domain_or_a_changed_character_matches_nothing()
    {
        var address = Addresses().For(Conference, Invitee, LinkHolder.Invitee)!.Value;
        var other = Addresses(key: Convert.ToBase64String(new byte[32]));

        other.Signed(other.Find([address])!, Invitee).Should().BeFalse("signed with another key");
        Addresses().Find([address.Replace("tra-loi.example.vn", "example.vn", StringComparison.Ordinal)]).Should().BeNull();
        var changed = address[..20] + (address[20] == 'a' ? 'b' : 'a') + address[21..];
        var reference = Addresses().Find([changed]);
        (reference is null || !Addresses().Signed(reference, Invitee)).Should().BeTrue();
        Addresses(domain: null).For(Conference, Invitee, LinkHolder.Invitee).Should().BeNull("no receiving domain, no reply address");
    }

    private static ReplyAddresses Addresses(string? domain = "tra-loi.example.vn", string key = "lJssTjaymK1UrUyo+jKX66sP5jcFmGdckpV7b2BXmRA=") =>
        new(Options.Create(new InboundOptions { Domain = domain, RouteSecret = new string('s', 32) }), new LinkSigner(Options.Create(new SigningOptions { Key = key })));
}
