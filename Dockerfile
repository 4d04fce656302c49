# CobBot container image. Build: docker build -t cobbot .   Run: docker run -p 8080:8080 --env-file .env -v cobbot-data:/data cobbot
# Stage 1 builds with the .NET SDK plus Node.js/npm (the web chat bundle comes from ClientApp's npm ci at build time).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The target architecture (BuildKit sets amd64 or arm64) picks the one native runtime folder the image needs (ONNX Runtime, SQLite).
ARG TARGETARCH
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY CobBot.Framework/CobBot.Framework.csproj CobBot.Framework/
COPY CobBot.Framework.DirectLine/CobBot.Framework.DirectLine.csproj CobBot.Framework.DirectLine/
COPY CobBot.Framework.EntityFramework/CobBot.Framework.EntityFramework.csproj CobBot.Framework.EntityFramework/
COPY CobBot/CobBot.csproj CobBot/
RUN dotnet restore CobBot/CobBot.csproj -a ${TARGETARCH:-amd64}
COPY CobBot/ClientApp/package.json CobBot/ClientApp/package-lock.json CobBot/ClientApp/
RUN cd CobBot/ClientApp && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
COPY CobBot.Framework/ CobBot.Framework/
COPY CobBot.Framework.DirectLine/ CobBot.Framework.DirectLine/
COPY CobBot.Framework.EntityFramework/ CobBot.Framework.EntityFramework/
COPY CobBot/ CobBot/
RUN dotnet publish CobBot/CobBot.csproj -c Release -a ${TARGETARCH:-amd64} --self-contained false -o /app --no-restore

# Stage 2: the ASP.NET Core runtime only, as the image's non-root user "app".
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The app database (SQLite), the mail pickup folder and anything else written at run time live in /data.
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME ["/data"]
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__CobBot="Data Source=/data/cobbot.db" \
    Email__PickupDirectory=/data/mail-pickup
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl: the app's own "healthcheck" verb GETs /health/live on ASPNETCORE_HTTP_PORTS.
HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ["dotnet", "CobBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "CobBot.dll"]
