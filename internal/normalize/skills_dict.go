package normalize

// skillTable is the curated skills dictionary: one entry a line, the
// canonical display name first, then aliases, separated by "|". Matching is
// case-insensitive on whole words, except aliases marked "!": those match
// only with exactly that case and next to another skill or a programming word
// ("Go", "R", "C", "React", "Swift", "Rust", "Spring"), so that English words
// and letters are not read as skills.
const skillTable = `
Go|golang|!Go
Python|python3|py3
JavaScript|js|javascript|ecmascript|es6
TypeScript|ts|typescript
Java|java8|java 8|java 11|java 17|!Java
Kotlin
Swift|!Swift|swiftui
Objective-C|objective c|objc|obj-c
C|!C
C++|cpp|c plus plus
C#|csharp|c sharp
.NET|dotnet|.net core|asp.net|asp.net core|.net framework
Ruby|!Ruby
Ruby on Rails|rails|ror|ruby on rails
PHP
Laravel
Symfony
Rust|!Rust|rustlang
Scala
Elixir
Erlang
Haskell
Clojure
Perl
Lua
Dart|!Dart
Flutter
R|!R|rstats|r programming|r language
MATLAB
Julia|!Julia
Fortran
COBOL
Bash|shell scripting|bash scripting
PowerShell
SQL|structured query language
NoSQL
PostgreSQL|postgres|postgresql|psql
MySQL
MariaDB
SQLite
Microsoft SQL Server|sql server|mssql|ms sql
Oracle Database|oracle db|oracle database|pl/sql|plsql
MongoDB|mongo
Redis
Elasticsearch|elastic search|elk
OpenSearch
Cassandra
DynamoDB
Firebase
Supabase
Snowflake
BigQuery|big query
Redshift
Databricks
Apache Spark|apache spark|pyspark|!Spark
Hadoop
Apache Kafka|kafka
RabbitMQ
Apache Airflow|airflow
dbt
GraphQL
REST APIs|rest api|restful|rest apis|restful apis|rest apis
gRPC
HTML|html5
CSS|css3
Sass|scss
Tailwind CSS|tailwind|tailwindcss
Bootstrap|!Bootstrap
React|reactjs|react.js|!React
React Native|react native
Next.js|nextjs|next js
Vue.js|vue|vuejs|vue.js|vue 3
Nuxt|nuxt.js|nuxtjs
Angular|angularjs|angular.js
Svelte|sveltekit
jQuery
Redux
Node.js|nodejs|node.js|!Node
Express|expressjs|express.js|!Express
NestJS|nest.js
Deno
Bun|!Bun
Django
Flask|!Flask
FastAPI
Spring Boot|spring boot|springboot|!Spring
Hibernate
Webpack
Vite|!Vite
Jest
Cypress
Playwright
Selenium
Pytest
JUnit
Storybook
Git|!Git|github|gitlab|bitbucket
GitHub Actions|github actions
CI/CD|ci/cd|cicd|continuous integration
Jenkins
Docker
Kubernetes|k8s|kubernetes
Helm
Terraform
Ansible
Pulumi
AWS|amazon web services
Google Cloud|gcp|google cloud platform|google cloud
Microsoft Azure|azure
Heroku
Vercel
Netlify
Linux|unix
Nginx
Serverless|aws lambda|lambda functions
Prometheus
Grafana
Datadog
Microservices|microservice
DevOps
SRE|site reliability engineering
Machine Learning|ml|machine learning
Deep Learning|deep learning
Artificial Intelligence|ai|artificial intelligence
Natural Language Processing|nlp|natural language processing
Computer Vision|computer vision
Large Language Models|llm|llms|large language models|large language model
Generative AI|genai|generative ai|gen ai
Prompt Engineering|prompt engineering
Retrieval-Augmented Generation|rag|retrieval augmented generation|retrieval-augmented generation
TensorFlow
PyTorch
Keras
scikit-learn|sklearn|scikit learn|scikit-learn
Pandas|!Pandas|pandas
NumPy
SciPy
Matplotlib
Jupyter|jupyter notebook|jupyter notebooks
Hugging Face|huggingface|hugging face
LangChain
OpenAI API|openai api|openai
Data Analysis|data analysis|data analytics|data analyst
Data Science|data science
Data Engineering|data engineering|etl|elt
Data Visualization|data visualization|data viz|dataviz
Statistics|statistical analysis|statistics
A/B Testing|a/b testing|ab testing|split testing
Excel|microsoft excel|ms excel|excel
Google Sheets|google sheets|spreadsheets
VBA
Power BI|powerbi|power bi
Tableau
Looker
Looker Studio|google data studio|data studio|looker studio
SPSS
Stata
SAS|!SAS
Alteryx
Salesforce|sfdc
HubSpot|hubspot
Zendesk
Jira
Confluence
Notion|!Notion
Asana
Trello
Airtable
Zapier
Slack|!Slack
Microsoft Office|ms office|microsoft office|office 365|microsoft 365
PowerPoint|powerpoint|google slides
Microsoft Word|ms word|microsoft word
Google Workspace|g suite|gsuite|google workspace
Figma
Sketch|!Sketch
Adobe XD|adobe xd
Adobe Photoshop|photoshop
Adobe Illustrator|illustrator
Adobe InDesign|indesign
Adobe Premiere Pro|premiere pro|adobe premiere|premiere
After Effects|after effects
Adobe Creative Suite|adobe creative suite|adobe creative cloud|creative cloud
Canva
Final Cut Pro|final cut
DaVinci Resolve|davinci resolve
Blender
Unity|!Unity
Unreal Engine|unreal engine|ue5|ue4
Godot
3D Modeling|3d modeling|3d modelling
AutoCAD|autocad
SolidWorks|solidworks
Fusion 360|fusion 360
CAD|!CAD
UX Design|ux|ux design|user experience
UI Design|ui|ui design|user interface design
UX Research|ux research|user research|usability testing
Product Design|product design
Graphic Design|graphic design
Web Design|web design
Wireframing|wireframing|wireframes|prototyping
Accessibility|accessibility|a11y|wcag
Responsive Design|responsive design
SEO|search engine optimization
SEM|search engine marketing
Google Analytics|google analytics|ga4
Google Ads|google ads|adwords
Meta Ads|facebook ads|meta ads|instagram ads
Digital Marketing|digital marketing
Content Marketing|content marketing
Social Media Marketing|social media marketing|social media management
Email Marketing|email marketing|mailchimp|klaviyo
Marketing Automation|marketing automation
Growth Marketing|growth marketing|growth hacking
Copywriting|copywriting|copy writing
Content Writing|content writing|content creation|blog writing
Technical Writing|technical writing|documentation writing
Editing|copyediting|copy editing|proofreading
Translation|translation|localization|localisation
Transcription|transcription
Journalism|journalism
Public Relations|public relations|!PR
Communications|communications|communication skills
Video Editing|video editing
Video Production|video production|videography
Photography|photography
Podcasting|podcast production|podcasting
Illustration|illustration
Animation|animation|motion graphics
Branding|branding|brand strategy
Market Research|market research
Competitive Analysis|competitive analysis|competitor analysis
Customer Research|customer research|customer interviews
Business Analysis|business analysis|business analyst
Financial Modeling|financial modeling|financial modelling
Financial Analysis|financial analysis
Accounting|accounting|bookkeeping
QuickBooks|quickbooks
Xero|!Xero
Budgeting|budgeting|forecasting
Valuation|!Valuation
Investment Research|investment research|equity research
Economics|economics
Project Management|project management
Product Management|product management|product manager
Agile|agile|agile methodologies
Scrum|scrum
Kanban|kanban
Lean|!Lean|lean six sigma
Six Sigma|six sigma
Operations|business operations|operations management
Supply Chain|supply chain|logistics
Customer Support|customer support|customer service|customer success|technical support
Sales|!Sales|b2b sales|saas sales
Lead Generation|lead generation|prospecting
Business Development|business development|biz dev|bizdev
CRM|crm
Recruiting|recruiting|recruitment|talent acquisition|sourcing candidates
Human Resources|human resources|!HR
Community Management|community management|community manager|discord moderation
Event Planning|event planning|event management|events coordination
Fundraising|fundraising|grant writing
Nonprofit Management|nonprofit management
Academic Research|academic research
Literature Review|literature review
Survey Design|survey design|qualtrics|surveymonkey
Qualitative Research|qualitative research
Quantitative Research|quantitative research
Public Speaking|public speaking
Teaching|teaching|tutoring
Curriculum Design|curriculum design|instructional design|curriculum development
Legal Research|legal research
Compliance|compliance|regulatory compliance
Policy Analysis|policy analysis|public policy
GIS|gis|arcgis|qgis
Geospatial Analysis|geospatial analysis|spatial analysis
Bioinformatics|bioinformatics
Biology|!Biology|molecular biology
Chemistry|!Chemistry
Physics|!Physics
Mathematics|mathematics|applied math|applied mathematics
Electrical Engineering|electrical engineering
Mechanical Engineering|mechanical engineering
Embedded Systems|embedded systems|embedded c|firmware
Arduino
Raspberry Pi|raspberry pi
FPGA|fpga|verilog|vhdl
Robotics|robotics|ros
PCB Design|pcb design|altium|kicad
IoT|iot|internet of things
Cybersecurity|cybersecurity|cyber security|information security|infosec
Penetration Testing|penetration testing|pentesting|pen testing|ethical hacking
Network Security|network security
Networking|computer networking|tcp/ip|networking
Cryptography|cryptography
Blockchain|blockchain|web3
Solidity
Ethereum
Smart Contracts|smart contracts
iOS|ios development|!iOS
Android|android development
Mobile Development|mobile development|mobile app development
Web Development|web development|web developer
Frontend Development|frontend|front-end|front end|frontend development|front-end development
Backend Development|backend|back-end|back end|backend development|back-end development
Full-Stack Development|full stack|full-stack|fullstack
Game Development|game development|gamedev|game design
WordPress|wordpress
Shopify|shopify
Webflow|webflow
Wix|!Wix
Squarespace
Salesforce Marketing Cloud|marketing cloud
SAP|!SAP
ERP|erp
Quality Assurance|qa|quality assurance|software testing|test automation
Unit Testing|unit testing|unit tests|tdd|test-driven development
System Design|system design|software architecture
Algorithms|algorithms|data structures
Object-Oriented Programming|oop|object-oriented programming|object oriented programming
Functional Programming|functional programming
Distributed Systems|distributed systems
Cloud Computing|cloud computing
API Design|api design|api development|openapi|swagger
WebSockets|websockets|websocket
OAuth|oauth|oauth2
JSON|json
XML|xml
YAML|yaml
Regex|regex|regular expressions
Web Scraping|web scraping|scraping|beautifulsoup|scrapy
Automation|process automation|rpa|workflow automation
Chrome Extensions|chrome extensions|browser extensions
Electron|!Electron
Three.js|three.js|threejs
D3.js|d3|d3.js
WebGL
WebAssembly|wasm|webassembly
OpenCV
CUDA
MLOps|mlops
Data Labeling|data labeling|data labelling|data annotation|annotation
Spanish|!Spanish
French|!French
German|!German
Mandarin|!Mandarin|chinese
Japanese|!Japanese
Portuguese|!Portuguese
Arabic|!Arabic
Hindi|!Hindi
`
