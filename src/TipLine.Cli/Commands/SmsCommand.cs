using System.CommandLine;
using TipLine.Cli.Simulator;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline sms "text" [--from N]</c>: talk to a running server as a texter would, without a Twilio account.</summary>
public static class SmsCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What the person texts." };
        var from = new Option<string>("--from") { Description = "The sender's number.", DefaultValueFactory = _ => "+15555550123" };
        var to = new Option<string>("--to") { Description = "The hotline's number.", DefaultValueFactory = _ => "+15555550100" };
        var server = new Option<string>("--server") { Description = "The running server.", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TIPLINE_SERVER") ?? "http://localhost:5000" };
        var token = new Option<string?>("--auth-token") { Description = "Twilio:AuthToken of the server (default: Twilio__AuthToken, else the server's generated local token in --data)." };
        var data = new Option<string>("--data") { Description = "The server's data directory, to read its local token.", DefaultValueFactory = _ => "./data" };
        var publicUrl = new Option<string?>("--public-url") { Description = "Twilio:PublicBaseUrl of the server, if it has one." };
        var media = new Option<string[]>("--media") { Description = "URL of an MMS photo (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("sms", "Send a signed SMS webhook to a running server and print the bot's replies.") { text, from, to, server, token, data, publicUrl, media };
        command.SetAction(async (result, ct) =>
        {
            var authToken = result.GetValue(token) ?? Environment.GetEnvironmentVariable("Twilio__AuthToken") ?? SmsSimulator.LocalAuthToken(result.GetValue(data)!);
            if (string.IsNullOrEmpty(authToken))
            {
                Console.Error.WriteLine("No auth token: pass --auth-token, set Twilio__AuthToken, or point --data at the server's data directory.");
                return 2;
            }
            if (!Uri.TryCreate(result.GetValue(server), UriKind.Absolute, out var serverUrl))
            {
                Console.Error.WriteLine("--server must be an absolute URL, like http://localhost:5000");
                return 2;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var simulator = new SmsSimulator(http, authToken, serverUrl, result.GetValue(publicUrl));
            var mediaList = (result.GetValue(media) ?? []).Select(u => (u, "image/jpeg")).ToList();
            try
            {
                var (status, replies) = await simulator.SendAsync(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(text)!, mediaList, ct: ct);
                if (status >= 400)
                {
                    Console.Error.WriteLine($"The server answered HTTP {status}.");
                    return 1;
                }
                if (replies.Count == 0) Console.WriteLine("(no reply)");
                foreach (var reply in replies) Console.WriteLine(reply);
                return 0;
            }
            catch (HttpRequestException e)
            {
                Console.Error.WriteLine($"Could not reach {serverUrl}: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
