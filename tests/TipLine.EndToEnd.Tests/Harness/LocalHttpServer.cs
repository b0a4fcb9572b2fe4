using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace TipLine.EndToEnd.Tests.Harness;

/// <summary>A quiet Kestrel app on 127.0.0.1 and a free port: the base of every local fake.</summary>
internal static class LocalHttpServer
{
    public static (WebApplication App, Uri BaseUrl) Create()
    {
        var port = Ports.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        return (builder.Build(), new Uri($"http://127.0.0.1:{port}"));
    }
}
