using System.Net;
using Auralis.Cli.Sessions;

namespace Auralis.Cli.Tests.Sessions;

public sealed class SessionListTests
{
    [Fact]
    public void The_nodes_list_becomes_a_table_of_id_name_key_mode_bpm_playing_and_listeners()
    {
        const string json = """
            {"sessions":[
              {"id":"demo","name":"Demo","seed":1,"parameters":{"key":"D","mode":"dorian","bpm":96},"transport":{"playing":true},
               "position":{"bar":1,"beat":0,"tick":1920},"listeners":2,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"},
              {"id":"quiet","name":"","parameters":{},"transport":{"playing":false},"listeners":0,"extra":[1,2]},
              {"id":"odd","transport":"?","listeners":"many"}
            ]}
            """;

        var rows = SessionList.Parse(json);
        var table = SessionList.Format(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(new SessionRow("demo", "Demo", "D", "dorian", "96", true, 2), rows[0]);
        Assert.Equal(new SessionRow("quiet", "-", "-", "-", "-", false, 0), rows[1]);
        Assert.Equal(new SessionRow("odd", "-", "-", "-", "-", null, null), rows[2]);
        Assert.Equal("ID     NAME  KEY  MODE    BPM  PLAYING  LISTENERS", table[0]);
        Assert.Equal("demo   Demo  D    dorian  96   yes      2", table[1]);
        Assert.Equal(4, table.Length);
    }

    [Fact]
    public void An_empty_list_says_so_and_a_list_of_another_shape_is_a_failure()
    {
        Assert.Equal("no sessions\n", SessionList.Format(SessionList.Parse("""{"sessions":[]}""")));
        Assert.Throws<CliFailure>(() => SessionList.Parse("""{"items":{}}"""));
        Assert.Throws<CliFailure>(() => SessionList.Parse("<html>"));
    }

    [Fact]
    public void A_refusal_shows_the_problems_detail_or_title_or_the_status()
    {
        Assert.Equal("the node answered 401 Unauthorized: a bearer token is required",
            ProblemDetails.Describe(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","detail":"a bearer token is required","status":401}"""));
        Assert.Equal("the node answered 429 TooManyRequests: Too many requests",
            ProblemDetails.Describe(HttpStatusCode.TooManyRequests, """{"title":"Too many requests","status":429}"""));
        Assert.Equal("the node answered 502 BadGateway", ProblemDetails.Describe(HttpStatusCode.BadGateway, "<html>bad gateway</html>"));
    }
}
