using System.Reflection;
using System.Text;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Tests;

/// <summary>Text users read must be precomposed Unicode (NFC), or search, sorting and some fonts misbehave.</summary>
public class VietnameseTextTests
{
    public static TheoryData<string> UserFacingTexts()
    {
        var messages = typeof(Conference).Assembly.GetType("HdndWorkflow.Domain.Messages")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!);

        var names = Enum.GetValues<ConferenceKind>().Select(kind => kind.DisplayName)
            .Concat(Enum.GetValues<ConferenceStatus>().Select(status => status.DisplayName))
            .Concat(Enum.GetValues<CouncilLevel>().Select(level => level.DisplayName))
            .Concat(Enum.GetValues<AdministrativeUnitKind>().Select(kind => kind.Word))
            .Concat(Enum.GetValues<ResponseKind>().Select(kind => kind.DisplayName))
            .Concat(Enum.GetValues<SessionOfDay>().Select(session => session.Word))
            .Append(Builders.Conference().Title);

        return [.. messages.Concat(names)];
    }

    [Theory]
    [MemberData(nameof(UserFacingTexts))]
    public void User_facing_text_is_precomposed_unicode(string text) =>
        text.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
}
