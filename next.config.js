// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several dev servers (or a test build) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // amqplib is a Node library with optional native-ish deps; keep it out of the bundle.
  serverExternalPackages: ['amqplib'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
