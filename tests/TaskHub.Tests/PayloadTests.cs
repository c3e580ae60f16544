using Microsoft.DurableTask.Client;
using static HdndWorkflow.TaskHub.Tests.Orchestrations.TestOrchestrations;

namespace HdndWorkflow.TaskHub.Tests;

/// <summary>Payloads are JSON in which Vietnamese letters stay UTF-8, in the orchestration and in storage.</summary>
[Collection(EngineCollection.Name)]
public sealed class PayloadTests(EngineFixture engine)
{
    private const string Text = "Hội đồng nhân dân";

    [Fact]
    public async Task Vietnamese_text_round_trips_and_is_stored_unescaped_in_the_instances_table()
    {
        var id = EngineFixture.NewId("utf8");

        var done = await engine.RunAsync(Chain, Text, id);
        var row = (await engine.Azurite.Connection.CreateTableServiceClient()
            .GetTableClient($"{EngineFixture.HubName}Instances").GetEntityAsync<Azure.Data.Tables.TableEntity>(id, string.Empty)).Value;

        done.RuntimeStatus.Should().Be(OrchestrationRuntimeStatus.Completed);
        done.ReadInputAs<string>().Should().Be(Text);
        row.GetString("Input").Should().Be($"\"{Text}\"");
        row.GetString("Output").Should().Be($"\"{Text} một hai ba\"");
    }
}
