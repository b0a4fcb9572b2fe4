using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace TipLine.Server.Channels.Sms;

/// <summary>
/// Sends texts through Twilio's REST API with the Twilio SDK itself. Requests go to <c>Twilio:ApiBaseUrl</c>
/// (api.twilio.com, or a local fake in tests) by rewriting the SDK's absolute URLs at the HTTP handler.
/// </summary>
public sealed class TwilioRestSender
{
    private readonly TwilioRestClient _client;
    private readonly string? _from;

    public TwilioRestSender(IOptions<TwilioOptions> options, TwilioCredentials credentials, IHttpClientFactory httpClientFactory)
    {
        _from = options.Value.PhoneNumber;
        var http = httpClientFactory.CreateClient(HttpClientName);
        _client = new TwilioRestClient(credentials.AccountSid, credentials.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    public const string HttpClientName = "twilio";

    /// <summary>Deletes an MMS photo from Twilio once we hold it, so it is not kept in a third place.</summary>
    public Task<bool> DeleteMediaAsync(string messageSid, string mediaSid) =>
        Twilio.Rest.Api.V2010.Account.Message.MediaResource.DeleteAsync(pathMessageSid: messageSid, pathSid: mediaSid, client: _client);

    public async Task<string> SendAsync(string to, string body, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(_from)) throw new InvalidOperationException("Twilio:PhoneNumber is not set: cannot send texts through the REST API.");
        var message = await MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber(_from), body: body, client: _client);
        return message.Sid;
    }
}

/// <summary>Sends every SDK request to the configured base URL instead of api.twilio.com.</summary>
public sealed class TwilioBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = Rebase(new Uri(options.Value.ApiBaseUrl), request.RequestUri!);
        return base.SendAsync(request, cancellationToken);
    }

    public static Uri Rebase(Uri baseUrl, Uri original) =>
        new UriBuilder(original) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port, Path = baseUrl.AbsolutePath.TrimEnd('/') + original.AbsolutePath }.Uri;
}

/// <summary>The account the webhook is validated with and the REST API is called as.</summary>
public sealed record TwilioCredentials(string AccountSid, string AuthToken);
