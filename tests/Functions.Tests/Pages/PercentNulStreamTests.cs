using System.Text;
using HdndWorkflow.Functions.Pages;

namespace HdndWorkflow.Functions.Tests.Pages;

public sealed class PercentNulStreamTests
{
    [Theory]
    [InlineData("a=x%00y&b=%2500", "a=x\0y&b=%2500")]
    [InlineData("a=%00%00&b=%0&c=%", "a=\0\0&b=%0&c=%")]
    [InlineData("a=%%00%0A", "a=%\0%0A")]
    [InlineData("", "")]
    public async Task Only_percent_00_becomes_the_NUL_byte_however_the_body_is_split(string body, string expected)
    {
        foreach (var chunk in new[] { 1, 2, 3, 64 })
        {
            await using var stream = new PercentNulStream(new Trickle(Encoding.ASCII.GetBytes(body), chunk));
            using var read = new MemoryStream();
            await stream.CopyToAsync(read);
            Encoding.ASCII.GetString(read.ToArray()).Should().Be(expected, $"read {chunk} bytes at a time");
        }
    }

    // A body that arrives a few bytes at a time, as from the network.
    private sealed class Trickle(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
