using System.Text.Json;
using Auralis.Audio.Analysis;
using Auralis.Engine.Agents;
using Auralis.Engine.Sessions;
using Auralis.Node.Api;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Tests.Api;

public sealed class AgentAnswersTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_sample_list_record_writes_the_json_the_anonymous_answer_wrote()
    {
        SampleEntry[] samples =
        [
            new("low", "ab12", new SampleFeatures(0.4, 0.2, 0.9, 180.5, 0.01, [0.0, 0.21], 112.3), 0.25),
            new("thud", "cd34", new SampleFeatures(0.1, 0.5, 1, 90, 0.2, [], null)),
        ];

        var typed = JsonSerializer.Serialize(AgentAnswers.Samples(samples), Web);

        Assert.Equal(JsonSerializer.Serialize(new { samples }, Web), typed);
        Assert.Equal("A2", RestJson.Read<SampleList>(typed).Samples[0].Features.Note?.Name);
    }

    [Fact]
    public void The_preset_list_record_writes_the_json_the_anonymous_answer_wrote()
    {
        var presets = new Dictionary<string, PluginPreset>
        {
            ["dark"] = new(new Dictionary<string, ParameterValue> { ["volume"] = ParameterValue.Of(0.5), ["key"] = ParameterValue.Of("Eb") },
                new Dictionary<string, double> { ["bass/fm/brightness"] = 0.25 }),
        };

        var typed = JsonSerializer.Serialize(AgentAnswers.Presets(presets), Web);

        Assert.Equal(JsonSerializer.Serialize(new { presets }, Web), typed);
        Assert.Equal("Eb", RestJson.Read<PresetList>(typed).Presets["dark"].Values["key"].Text);
    }
}
