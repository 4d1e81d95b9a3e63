"""Given names in Latin script (written by ``tools/build_given_names.py`` from Faker's
person providers, MIT licence; do not edit by hand).

Why: a capitalized name the catalog lacks is typed as a person when its first word is a
given name ("Jonas Lindqvist"), where no title, speech verb or apposition says so; and a
pronoun goes to a compatible person only ("she said" is not Arthur Butterfield): the names
every locale that lists them gives to one gender are in MALE_NAMES / FEMALE_NAMES.
"""

GIVEN_NAMES: frozenset[str] = frozenset("""
Aaaqil Aaban Aabid Aachal Aada Aadam Aaden Aadhya Aadi Aadil Aafiya Aage Aagot Aahana Aahil Aalam
Aalee Aalim Aaliyah Aamil Aamir Aamirah Aanuoluwapo Aapo Aaqil Aarav Aarif Aarini Aariz Aarna Aarnav
Aarne Aaro Aaron Aarush Aaryan Aarón Aashi Aashif Aashir Aasif Aasim Aatif Aatiq Aatos Aaus Aayan
Aayush Aazim Aba Abaan Abagail Abayomi Abb Abbas Abbey Abbi Abbie Abbigail Abbos Abbott Abby Abdalla
Abdallah Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdi Abdiel Abdihakim Abdirahman Abdiş
Abdu Abduaziz Abduboriy Abdul Abdulbekir Abdulgazi Abdulhamid Abdulkadir Abdullah Abdullahi Abdulloh
Abdulmenaf Abdulsemet Abdumalik Abdurahmon Abdurrahman Abdón Abdülahat Abdülcemal Abdülhadi
Abdülkerim Abdülsamed Abdürreşit Abe Abebi Abednego Abeer Abeiku Abel Abela Abelardo Abelone Abena
Abeni Abha Abhimanyu Abhiram Abid Abie Abigael Abigail Abigaili Abigale Abigayle Abigaíl Abilio
Abina Abiodun Abiona Abiye Abner Abosede Abraham Abram Abril Abror Abubakar Abubakr Abuzar Abyasa
Acar Acarkan Acey Achiel Achieng Achille Achim Achsah Acie Aclan Acy Ada Adaeze Adah Adak Adal
Adalbert Adalberto Adaline Adalyn Adalynn Adam Adamaris Adamo Adams Adan Adasal Add Adda Addi Addie
Addison Addisyn Addyson Addý Ade Adebiyi Adebowale Adebukola Adedayo Adedeji Adekitan Adekola
Adekunle Adel Adela Adelaida Adelaide Adelard Adelardo Adelasia Adelbert Adele Adeleke Adelgunde
Adelheid Adelia Adelin Adelina Adelinde Adeline Adell Adella Adelle Adelmo Adelyn Adelynn Adelía
Adem Aden Adenike Adeniyi Adeolu Adeoti Adepeju Aderopo Adesewa Adeshina Adesoji Adesua Adetayo
Adetoke Adetoun Adeyi Adhiarja Adhra Adi Adia Adiarja Adiela Adigun Adika Adikara Adil Adila Adilene
Adimu Adin Adina Adinata Adis Adison Aditya Adlai Adlan Adline Admir Admiral Adnan Adolf Adolfine
Adolfo Adolph Adolphe Adolphus Adomas Adonis Adora Adoración Adrain Adria Adriaan Adrian Adriana
Adriane Adrianna Adrianne Adriano Adriel Adrien Adriene Adrienn Adrienne Adrija Adrijana Adrián
Adriána Adron Adrían Adríana Adríel Adunni Advaith Advay Advik Advika Adviye Adweta Adwoa Adya
Adyson Adán Adèle Adéla Adélaïde Adíel Adólf Adıgün Aedan Aedin Aengus Aenne Afanasy Afaq Afer
Aferdita Affie Afia Afife Afil Afinogen Afiq Afolarin Afonso Afra Afrim Afruza Aftin Afton Afua
Agafon Agafya Agap Agapito Agastya Agata Agatha Agathe Aggey Aggie Aggrey Agim Agla Aglaia Agnar
Agne Agnea Agnes Agnesa Agnese Agness Agneta Agnete Agni Agnieszka Agnolo Agnos Agnès Agnė Agostina
Agostino Agripina Agris Agron Agus Agusta Agustin Agustina Agustus Agustín Agáta Agða Ahat Ahmad
Ahmed Ahmet Ahsen Ahter Ahti Aicha Aida Aidan Aideen Aiden Aidyn Aiga Aigars Aija Aijuka Aiko Aila
Ailbhe Aileen Ailene Aili Ailis Ailish Aimable Aime Aimee Aimo Aimé Aimée Aina Ainara Aine Aino
Ainoa Ainsley Ainārs Airi Aisha Aishani Aishling Aisling Aislinn Aistis Aisyah Aitana Aitor Aivar
Aivaras Aivars Aiyana Aiyanna Aja Ajala Ajan Ajani Ajda Ajeng Ajiman Ajimat Ajimin Ajiono Ajla Ajna
Ajoke Akalan Akanmu Akar Akarsana Akatay Akay Akbar Akbaş Akboğa Akcivan Akdora Akdurmuş Akeelah
Akeem Akemi Akgöl Akgüneş Aki Akif Akim Akinkunmi Akinlabi Akinwale Akinyi Akira Akise Akkerman
Akmal Akmaner Akmaral Akobir Akos Akosua Akoth Akram Aksay Aksel Akseli Akshay Aksoy Aksöğüt Aktemür
Akua Akulina Akumaa Akumu Akver Akwasi Akwesi Akyıldız Akçabay Akçasu Aköz Akınal Ala Alaaddin
Alabama Alabezek Alade Aladin Aladino Alaeddin Alain Alaina Alambana Alamiro Alamu Alan Alana
Alanalp Alani Alanis Alanna Alannah Alanta Alanzo Alara Alastair Alattin Alaya Alayna Alaz Alba
Alban Albano Albeiro Alberico Albert Alberta Alberte Albertha Albertina Albertine Alberto Alberts
Albertus Albin Albina Albino Albion Albrecht Albulena Alby Albín Albína Alcan Alcee Alcide Alcides
Alcie Alcira Alda Aldair Aldar Aldemar Alden Alderano Aldin Aldis Aldný Aldo Aldona Aldonza Aldís
Ale Alea Aleah Alease Alec Alecia Aleck Aleen Aleena Aleida Aleisha Aleix Alejandra Alejandrina
Alejandro Alejo Alek Aleks Aleksandar Aleksander Aleksandr Aleksandra Aleksandras Aleksandrs
Aleksanteri Aleksei Aleksej Aleksey Aleksi Alen Alena Alene Alenka Aleodor Alesha Alesia Alessandra
Alessandro Alessia Alessio Aleta Aletha Alethea Aletta Alevtina Alevtyn Alex Alexa Alexandar
Alexande Alexander Alexandr Alexandra Alexandre Alexandrea Alexandria Alexandrie Alexandrina
Alexandro Alexandros Alexandru Alexandría Alexe Alexei Alexej Alexi Alexia Alexina Alexis Alexus
Alexys Alexzander Alexía Alexíus Aleš Alf Alfa Alferd Alfie Alfio Alfons Alfonse Alfonsina Alfonso
Alfonz Alfonzo Alford Alfred Alfreda Alfredo Alfreð Alfréd Alfrēds Alfífa Alger Algernon Algie
Algirdas Algot Algış Ali Alia Aliabbas Aliana Alica Alice Alicia Alicja Alida Aliihsan Alijah Alika
Alin Alina Aline Alinur Alirio Aliro Alis Alisa Alise Aliseydi Alisha Alison Alissa Alisson Alistair
Alistar Alister Alivia Alix Aliya Aliyah Aliyu Aliza Alize Alizée Alja Aljaž Aljoša Alka Alkor Alla
Allahverdi Allan Allana Allean Alleen Allegra Allen Allena Allene Alli Allie Alline Allison Allisson
Ally Allyn Allyson Allyssa Allý Alma Almar Almasi Almast Almaz Almeda Almedia Almendra Almer Almeta
Almina Almir Almira Almon Almond Almudena Almus Almut Almuth Almyra Alois Aloisia Alojz Alojzia
Alojzij Alojzija Aloma Alondra Alonso Alonza Alonzo Aloys Aloyse Aloysius Aloïs Alparslan Alpcan
Alpha Alpheus Alphonce Alphons Alphonse Alphonsine Alphonso Alphonsus Alpin Alpsü Alrekur Alrún
Alsoy Alston Alta Altha Althea Altie Altin Alto Alton Altoğan Altuğ Altınbike Altınkaya Altınçiçek
Altınışın Alva Alvah Alvan Alvar Alvaro Alve Alveiro Alvena Alver Alvera Alverda Alverta Alvia Alvie
Alvilda Alvin Alvina Alvira Alvis Alvy Alvīne Alwilda Alwin Alwina Alwine Aly Alya Alyce Alycia Alys
Alysa Alyse Alysha Alysia Alyson Alyssa Alyssia Alyvia Alzina Alícia Alída Alína Alís Alísa Alīda
Alışık Alžbeta Alžběta Ama Amada Amadea Amadeo Amadeus Amado Amador Amahle Amaia Amaira Amal Amalia
Amalie Amalija Amaliya Amalía Amancio Amanda Amandine Amando Amani Amar Amara Amarachi Amare Amari
Amarilis Amarion Amaris Amaro Amaru Amasa Amaury Amaya Amaç Ambar Amberly Ambers Ambre Ambrose
Ambrosio Ambróz Amedeo Amedeu Amel Amela Amelia Amelie Amelija Amelía Americo Amerigo Amey Ami Amiah
Amico Amie Amil Amilía Amin Amina Aminatu Amine Amir Amira Amirah Amit Amiya Amiyah Amleto Amma
Ammie Ammon Amoke Amol Amon Amondi Among Amope Amor Amos Amparo Amra Amre Amri Amrita Amruta
Amvrosiy Amvrosy Amy Amy-Lee Amy-Leigh Amya Amza Amália Amélia Amélie América Américo Amílcar Amír
Amíra Amý Amālija Ana Anabel Anabela Anabella Anabelle Anacleto Anahera Anahi Anahis Anahí Anaida
Anais Analia Analía Anamaria Anamika Ananias Anany Anar Anargül Anaru Anas Anasa Anastacia Anastacio
Anastasia Anastasie Anastasio Anastasios Anastasiya Anastasía Anastatia Anastazja Anastázie Anatol
Anatole Anatoli Anatolie Anatolij Anatoly Anay Anaya Anaëlle Anaís Anaïs Anca Ancel Ancil Ancizar
Anda Anders Anderson Andile Andiç Andjela Andjelina Andon Andor Andra Andrada Andrae Andre Andrea
Andreas Andree Andreea Andrei Andreia Andrej Andreja Andrejka Andrejs Andrena Andres Andrew Andrey
Andrešs Andri Andria Andrian Andrija Andrin Andrina Andris Andrius Andriy Andron Andronik Andrus
Andrzej Andrá András André Andréa Andréas Andrée Andrés Andwele Andy Anděla Ane Anej Anel Anemona
Anes Aneta Anete Anett Anetta Anette Anežka Anfernee Anfinn Angalia Angantýr Angavu Ange Angela
Angele Angeles Angelia Angelic Angelica Angelika Angelina Angeline Angelino Angelique Angelita
Angella Angelo Angelíka Anggabaya Anghel Anghelina Angi Angie Angus Angèle Angélica Angélique Anh
Ani Anibal Anica Anice Anicet Anie Aniela Anika Anikey Anikita Anikó Anina Anirudh Anis Anisa Anisim
Anissa Anita Anitra Aniya Aniyah Anja Anjali Anjanette Anjelica Anjolaoluwa Anka Anke Ankica Anmol
Ann Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kathrin Ann-Kristin
Ann-Louise Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Liisa Anna-Lisa
Anna-Luise Anna-Maria Anna-Marie Annabel Annabell Annabella Annabelle Annah Annak Annalena Annaliese
Annalisa Annalise Annalísa Annamae Annamaria Annamarie Annamária Annar Annarr Annas Annastacia Anne
Anne-Catherine Anne-Françoise Anne-Kathrin Anne-Katrin Anne-Laure Anne-Lise Anne-Marie Anne-Rose
Anne-Sophie Annedore Annegret Annegrete Annekatrin Anneke Annel Anneleen Annelene Anneli Annelie
Annelies Anneliese Annelise Annelore Annelí Annemarie Annemette Annemie Annemijn Anner Annerose
Annes Annet Annett Annetta Annette Anney Anni Annibale Annica Annice Annick Annie Anniina Annija
Annika Annikki Annina Annis Annita Annmarie Annukka Annunziata Anny Annía Anný Anom Anon Anona Anoni
Anouk Ansaldo Ansel Anselm Anselma Anselmo Ansgar Ansh Ansis Ansley Anson Ansora Anssi Antal Antanas
Ante Antero Anthoney Anthony Antim Antione Antionette Antip Antje Anto Antoaneta Antoin Antoine
Antoinette Anton Antone Antonela Antonella Antonello Antonetta Antonette Antoni Antonia Antonie
Antonieta Antonietta Antonija Antonin Antonina Antonino Antonio Antonios Antoniu Antonius Antons
Antony Antonía Antonín Antoníus Antoon Antoņina Antra Ants Antti Antun Antwain Antwan Antwon Antònia
Antónia António Antônio Anu Anunciación Anusha Anvar Anvi Anwar Anya Anyango Anyelo Anyi Anzhela
Anzhelika Aníbal Aníka Anína Aníta Anđa Anđela Anže Aodhan Aoibheann Aoibhin Aoibhinn Aoife Aongus
Apaydın Apisara Apolena Apolinar Apollinary Apolline Apollo Apollon Apollonia Apolonia Apostolos
Apríl Aqil Aquiles Ara Arabella Araceli Aracely Aradhana Arah Aral Araminta Aran Aranka Aras Arba
Arben Arbey Arbie Arbnor Arcan Arcelia Arch Archer Archibald Archie Arda Ardath Ardelia Ardell
Ardella Ardelle Arden Ardeth Ardian Ardis Ardit Ardita Ardith Ardyce Ardís Arefy Areli Arely Arent
Ares Aretha Arey Arezki Argemiro Argie Argono Argu Arham Ari Aria Ariadna Arian Ariana Ariane
Arianna Arianne Aribert Aric Arie Ariel Ariela Ariella Arielle Arielė Arietta Arif Arifcan Arijus
Arike Ariki Arild Arilíus Arin Arina Arinbjörg Arinbjörn Arinola Aris Arisa Arisara Aristarkh
Aristide Aristides Arizona Arja Arjun Arkadiusz Arkadiy Arkady Arkhip Arkie Arkut Arla Arlan Arland
Arleen Arlen Arlena Arlene Arlet Arleth Arletta Arlette Arley Arlie Arlin Arlind Arlinda Arline
Arlington Arlis Arlo Arly Arlyn Arlyne Armahan Arman Armand Armandas Armande Armando Armands Armani
Armas Armelle Armend Armenía Armida Armin Arminas Arminda Arminta Armond Armstead Arna Arnald
Arnaldo Arnaldur Arnar Arnas Arnau Arnaud Arnaude Arnav Arnberg Arnbergur Arnbjörg Arnbjörn Arnborg
Arnd Arndt Arndís Arndór Arne Arnes Arnett Arnetta Arney Arnfinna Arnfinnur Arnfreyr Arnfried
Arnfríður Arngeir Arngerður Arngils Arngrímur Arngunnur Arnheiður Arnhildur Arnie Arnika Arnim Arnis
Arnkatla Arnkell Arnlaug Arnlaugur Arnleif Arnleifur Arnljót Arnljótur Arnlín Arnmundur Arnmóður
Arno Arnoddur Arnold Arnoldas Arnoldo Arnolds Arnošt Arnrós Arnrún Arnsteinn Arnulf Arnulfo Arnviður
Arnór Arnóra Arnúlfur Arnþrúður Arnþór Arnþóra Aroa Aroha Aron Aronas Arpağ Arpád Arra Arran Arrie
Arron Arsen Arsenie Arsenio Arseny Arsim Arsipatra Arta Artan Artanto Artawan Artelia Artem Artemio
Artemisa Artemy Arther Arthor Arthur Arthúr Artie Artis Arto Arttu Artturi Artur Arturo Arturs Artúr
Artūras Artūrs Aru Arunima Arusi Arvel Arvid Arvil Arvilla Arvin Arvo Arvydas Arvīds Arya Aryan
Aryana Aryanna Arziye Arzu Aránzazu Aría Aríanna Aríel Aríella Arín Arína Arís Aríus Arıel Arıkol
Arıpınar Arısoy Arūnas Asa Asad Asael Asafe Asake Asalet Asali Asani Asanti Asatira Asberry Asbjørn
Asbury Ascensión Asdrubal Asger Asha Ashanti Ashby Ashely Asher Ashlea Ashlee Ashleigh Ashlene
Ashley Ashli Ashlie Ashling Ashly Ashlyn Ashlynn Ashton Ashtyn Asif Asila Asilbek Asiman Asirwada
Asirwanda Askja Asko Askold Askur Aslan Aslanhan Aslijan Asliye Asma Asmadi Asman Asmianto Asmini
Asmira Asmuni Ason Aspar Aspen Assa Assar Assia Assumpta Assunta Asta Aston Astrid Astride Astrit
Asu Asuka Asunción Aswani Asírí Asım Ataahua Atabala Atagün Atalay Atalía Atamoğlan Atanur Atasagun
Atatöre Atena Atenulf Atfat Atgun Atha Athanasios Atharv Atheel Athena Athman Athuman Athumani Ati
Atiena Atieno Atila Atilhan Atilio Atinuke Atit Atiyye Atla Atlanta Atlas Atli Atma Atmaja Atnan
Atsushi Attaf Atte Atticus Attie Attila Attilio Attracta Atılgan Aubra Aubree Aubrey Aubrie Aud Aude
Audie Audley Audra Audrey Audriana Audrianna Audrina Audrius Audry Audy Augusta Augustas Auguste
Augustin Augustina Augustine Augusto Augusts Augustus Augustín Aukusti Aulikki Aulis Aune Aunyaporn
Aura Auraq Aurel Aurelia Aurelian Aureliana Aureliano Aurelien Aurelija Aurelio Aurica Aurică
Aurilla Aurimas Aurore Aurthur Aurélia Aurélie Aurélien Aurėja Ausma Austar Austen Austine Austmann
Austmar Auston Austra Austri Austyn Auther Author Authur Autry Auðbergur Auðbert Auðbjörg Auðbjörn
Auðbjört Auðdís Auðgeir Auðkell Auðlín Auðmundur Auðna Auðný Auðrún Auðun Auðunn Auður Auðólfur
Aušra Aušrinė Ava Avah Avdey Avelino Averi Averie Averil Averky Avery Averyan Avgust Avhustyn Avi
Avie Avis Avksenty Avni Avon Avram Avreliy Avril Avtonom Avunç Avşin Awadil Awamil Awamiri Awan
Awani Awero Awesi Awhina Awj Awlya Awmar Awrad Axel Axelle Axelma Axelía Axenia Axinte Aya Ayaan
Ayamin Ayan Ayana Ayanna Ayasun Ayaydın Aybet Aybora Aycagül Aydan Aydar Ayden Aydin Aydinç Ayduru
Aydın Aydınbey Ayelén Ayesha Aygutalp Aygönenç Aygül Aygün Ayhan Ayinde Ayinke Aykut Aykutalp Ayla
Ayleen Aylil Aylin Aylla Ayman Aymen Aymeric Aynilhayat Aynur Aynımah Ayodeji Ayodele Ayoka Ayoub
Aypar Aysar Ayse Aysel Aysema Aysevim Aysoy Aysu Aysuna Aytek Ayten Aytuna Aytöz Ayu Ayub Ayush
Ayushman Ayvas Ayyaruk Ayyubi Ayçan Ayülker Ayşan Ayşeana Ayşenur Azaan Azad Azade Azahar Azahara
Azalea Azalee Azar Azaria Azariah Azary Azban Azeeb Azeglio Azeneth Azettin Aziz Aziza Azize Azizi
Azra Azucena Azul Azzie Açıkel Açılay Aída Aïcha Aðalberg Aðalbergur Aðalbert Aðalbjörg Aðalbjörn
Aðalbjört Aðalborg Aðalborgar Aðaldís Aðalfríður Aðalgeir Aðalheiður Aðalmundur Aðalráður Aðalrós
Aðalsteina Aðalsteinn Aðalsteinunn Aðalveig Aðólf Aþena Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağaxan
Ağbegim Ağca Ağmur Aşhan Aşir Baaba Baahir Baaizeed Baaqee Baaqir Baaree Baashir Baasim Baasit Baba
Babar Babasola Babatunji Babawale Babe Baber Babett Babette Baby Babyboy Baccio Bachittar Badawi
Badegül Badr Bagas Baghyawati Bagiya Bagus Bagya Baha Bahaa Bahaddin Bahadurjit Bahadır Bahari
Bahati Bahittin Bahtinur Bahuraksa Bahuwarna Bahuwirya Baiba Bailee Bailey Bailie Bairbel Bairbre
Bairon Bajragin Bajram Bakari Bakda Baker Bakhshi Baki Bakiadi Bakianto Bakidin Bakijan Bakiman
Bakiono Bakti Baktiadi Baktianto Baktiono Bala Balamantri Balangga Balapati Balatekin Balaxanım
Balca Baldassare Baldey Baldomero Baldrún Balduino Baldur Baldvin Baldvina Baldwin Bale Baleegh
Balendra Balhaar Bali Balidin Balijan Balinda Baljiwan Ballard Ballı Baltasar Baltazar Baltaş
Balthasar Balvan Balveer Balz Balázs Bama Bambad Bambang Bambi Banara Banawa Banawi Bancar Bandile
Banjeet Banks Banü Baptist Baptiste Baqar Baqir Bara Barak Baraka Barasa Barb Barbara Barbie Barbora
Barbra Barbro Barbu Barbára Barica Baris Bariş Barkha Barna Barnabás Barnard Barnett Barney Barnie
Barr Barraq Barrett Barri Barrie Barron Barry Barsen Bart Bartek Bartholomew Bartholomäus Bartley
Bartolomej Bartolomeo Bartolomeu Bartolomé Barton Barði Barışcan Bas Basaam Basarab Bascom Baseer
Basel Basem Bashaar Bashaarat Bashar Basharat Basheer Basheerah Bashkim Basile Basilio Basim Basir
Basriye Bassam Bassi Bassí Bastiaan Bastian Bastien Bastián Bastían Basım Batal Batool Baturay
Batırhan Baudelio Baudouin Baugur Bautista Baxter Bayard Baydu Baykan Baylee Baylie Bayman Bayram
Bayron Bayruhan Baytal Bayzettin Bazam Bazhen Bağdat Bağdaş Başay Başhan Başok Bea Beadie Beat Beata
Beate Beatrice Beatrijs Beatrix Beatriz Beau Beauden Beaulah Bebba Bebe Beckett Beckham Beckie Becky
Beda Bedford Bedi Bediriye Bedri Bedřich Bee Beecher Begga Begim Begoña Behiza Behrem Behruz Beinir
Beinteinn Beitir Bekan Bekbay Bekim Bekir Bektaşi Bela Belarmino Belen Belgizar Belia Belinda
Belisario Belkize Bell Bella Belle Bellisan Bello Belo Belton Belva Belén Ben Bena Benard Benas
Bence Bendegúz Benedek Benedetto Benedict Benedicte Benedicto Benedikt Benedikta Benedikte Benedita
Benek Bengibay Bengt Bengta Beni Beniamin Benice Benicio Benidikt Benidikta Benigna Benigno Benita
Benito Benjaman Benjamen Benjamim Benjamin Benjamine Benjamín Benji Benjiman Benjman Benjámin Benn
Benna Bennett Benney Bennie Benno Benny Benný Benoit Benol Benone Benoný Benoît Benson Bent Benta
Bente Bentey Benthe Bentley Bento Benton Bentína Benvenuto Benía Benício Beníta Benóní Benóný Beppe
Bera Berat Beray Berdie Beren Berend Berenice Berent Berezat Berg Bergdís Bergen Bergey Bergfinnur
Bergfríður Bergheiður Berghildur Berghreinn Bergjón Berglaug Berglind Bergljót Berglín Bergmann
Bergmannía Bergmar Bergmundur Bergný Bergrán Bergrín Bergrós Bergrún Bergsteinn Bergsveinn Bergur
Bergvin Bergþór Bergþóra Berit Beriye Berkal Berki Berkley Berksay Bernabé Bernadett Bernadette
Bernadine Bernard Bernarda Bernardine Bernardino Bernardita Bernardo Bernd Bernd-Dieter Berndt
Berneice Bernetta Bernfried Bernhard Bernhardine Bernharð Bernharður Berni Bernice Bernie Berniece
Bernita Bernt Bernward Bernódus Bernódía Berra Berran Berrin Bersi Bert Berta Bertalan Bertel Bertha
Berthe Berthold Bertie Bertil Bertina Berto Bertold Berton Bertram Bertrand Besart Besarta Besey
Beshte Besim Besin Besnik Bess Besse Bessi Bessie Bessí Beste Bestla Beta Betania Betanía Beth Betha
Bethan Bethann Bethany Bethel Bethzy Betina Betsey Betsy Betsý Bett Bette Betti Bettie Bettina Betty
Bettye Bettyjane Bettylou Bettý Betúel Beula Beulah Bev Bevan Beverlee Beverley Beverly Beyda
Beyhatun Beyler Beyonce Beyzade Bezek Beáta Beňadik Bhanumati Bhavani Bhavika Bhavini Bhavna Bhavya
Bhekani Bhekisisa Bhekizizwe Bhekokwakhe Biagio Bianca Bianka Bibi Bibiana Bibisora Bibiána Bibuwa
Bican Bidayet Biddie Bieke Biel Bienvenida Bil Bilaal Bilal Bilay Bilender Bilgen Bilginur Bilgütay
Bilha Biljana Bilkay Bilkisu Billie Billie-Jo Billy Billye Bilol Biltaş Bimala Bina Binay Binbaşar
Binışık Birben Bird Birdella Birdie Birger Birgid Birgir Birgit Birgitt Birgitta Birgitte Birgül
Birkir Birna Birnir Birousk Birsan Birsen Birt Birta Birte Birtha Birthe Birtie Birtingur Birtir
Birtna Biruta Biserka Bishakha Bitten Bitül Bizhan Bişar Bjargar Bjargdís Bjargey Bjargheiður
Bjarghildur Bjarglind Bjargmundur Bjargþór Bjarkan Bjarkar Bjarkey Bjarki Bjarklind Bjarma Bjarmar
Bjarmi Bjarnar Bjarndís Bjarne Bjarney Bjarnfinnur Bjarnfreður Bjarnfríður Bjarngerður Bjarnharður
Bjarnheiður Bjarnhildur Bjarnhéðinn Bjarni Bjarnlaug Bjarnlaugur Bjarnleifur Bjarnrún Bjarnsteinn
Bjarnveig Bjarnólfur Bjarný Bjarnþrúður Bjarnþór Bjarnþóra Bjartey Bjartmann Bjartmar Bjartmey
Bjartur Bjartþór Bjorn Bjólan Bjólfur Björg Björgey Björgheiður Björghildur Björgmundur Björgvin
Björgólfur Björgúlfur Björk Björn Björney Björnfríður Björnólfur Björt Bjørg Bjørn Bladimir
Blahoslav Blain Blaine Blair Blaise Blake Blanaid Blanca Blanch Blanchard Blanche Blanchie Blandine
Blanduzia Blane Blanka Blas Blathnaid Blaze Blaž Blažej Blažena Blerim Blerina Blerta Blessing
Blossom Bluette Bluford Bláey Blædís Blængur Blær Blævar Blín Blíða Blómey Boaz Bob Boban Bobba
Bobbi Bobbie Bobby Bobbye Bobur Bode Bodhi Bodil Bodo Boe Boel Boga Bogdan Bogdana Bogdís Bogey
Bogga Boghildur Bogi Boglárka Bogomir Bohdan Bohdana Bohdanna Bohodar Bohumil Bohumila Bohumír
Bohuslav Bohuslava Bohuš Bojan Bolatito Bolden Boleslav Bolli Boluwatife Boma Bonface Boniface
Bonifacio Bonifác Bonita Bonnie Bonny Bonu Booker Boone Borahan Borataş Borbála Borg Borgar Borgdís
Borghildur Borgný Borgrún Borgúlfur Borgþór Borgþóra Boris Borislav Borja Borris Borut Borys
Boryslav Bose Bosibori Boss Boston Botnía Botond Bouchra Bowman Boyan Boyce Boyd Boynak Boysie
Bozbağ Bozena Bozerk Boztaş Boði Boğatimur Bořivoj Boštjan Božena Božica Božidara Božo Brad Braden
Bradford Bradley Bradly Brady Bradyn Braeden Braedon Braelyn Braga Braghildur Bragi Brahim Braiden
Brain Bram Bramwel Branch Brandan Branddís Brande Brandee Branden Brandi Brandie Brandin Brandon
Brandt Brandur Brandy Brandyn Branislav Branislava Branka Branko Brannon Branson Brant Brantley
Braulio Bravin Braxton Brayan Brayden Braydon Braylen Braylon Brea Breana Breandan Breann Breanna
Breanne Brecht Breda Bree Breeda Breege Breffni Breki Brencis Brenda Brendah Brendan Brenden Brendon
Brenna Brennan Brennen Brennon Breno Brent Brenton Breonna Bresi Brestir Bret Brett Bria Brian
Briana Brianda Brianna Brianne Brice Brid Bridger Bridget Bridgett Bridgette Bridgit Bridie Briek
Brielle Brien Brieuc Briget Brigette Brighid Brigid Brigita Brigitta Brigitte Brijesh Briley
Brilyant Brimar Brimdís Brimhildur Brimi Brimir Brimrún Brinda Brinley Brion Brionna Brisa Bristol
Brit Brita Britany Britney Britni Britny Britt Britt-Mari Britt-Marie Britta Brittaney Brittani
Brittanie Brittnay Brittnee Brittney Brittni Brittnie Brittny Britton Brjánn Brock Broddi Broderick
Brodie Brody Brogan Brona Bronach Bronagh Bronislav Bronislava Bronson Bronwen Bronwyn Brook Brooke
Brooklynn Brooks Bror Broņislava Bruce Bruna Brunhild Brunhilde Bruni Brunilda Bruno Bryan Bryana
Bryanna Bryant Bryce Brycen Brylee Bryn Bryndís Brynfríður Bryngeir Bryngerður Brynheiður Brynhildur
Brynja Brynjar Brynjólfur Brynjúlfur Brynlee Brynleifur Brynn Brynný Brynsteinn Bryntýr Brynþór
Bryon Bryony Bryson Bryton Brá Brák Bríana Bríanna Bríet Brígida Brími Buck Bucur Bud Budd Buddie
Buddy Budi Budimir Buel Buelah Buell Buena Buenaventura Buffy Buford Buhari Bujar Bukurije Bula
Bulah Bulunç Buna Bunk Bunmi Buraid Burak Burakhan Burckhard Burcuhan Burdette Buren Burgess
Burghard Burim Burk Burkard Burke Burkhard Burkhardt Burkney Burkni Burl Burleigh Burley Burnell
Burnett Burney Burnice Burnie Burns Burr Burrel Burrell Burt Burton Burç Busara Bush Busisiwe Buster
Butch Butler Buyrukhan Buşra Bylgja Bynum Byrd Byrdie Byron Bystrík Bálint Bára Bárbara Bárður
Bärbel Bæring Bæringur Bæron Béatrice Béatrix Béla Bénédicte Bérengère Bérénice Bíbí Bína Bóas Bóel
Bói Bót Bóthildur Bótólfur Börje Börkur Börteçin Böðvar Bøje Børge Búi Búri Büget Bünyamün Büreyre
Büşranur Bănel Bērends Bērtulis Błażej Břetislav Cabbar Cabir Caddie Cade Caden Cadence Cael Caesar
Caetana Cagak Cager Cahal Cahan Cahangir Cahir Cahya Cahyadi Cahyanto Cahyo Cahyono Caiden Cailin
Cailum Cailyn Cain Caio Cait Caitlin Caitlyn Caitlynn Caitriona Caius Cajsa Caket Cakrabirawa
Cakrabuana Cakrajiya Cakrawala Cakrawangsa Cal Calcedonio Caldonia Cale Caleb Calebe Caleigh Calhoun
Cali Calista Calisto Calixta Calixto Calla Callan Calleigh Callie Callum Calogero Calum Calvin
Calvince Cam Cambria Camden Camelia Cameron Cami Camil Camila Camilla Camille Camillo Camillus
Camilo Camisha Cammie Campbell Campo Camren Camron Camryn Can Canal Canan Canberk Candace Candela
Candelaria Candelario Candelas Candeniz Candi Candice Candida Candido Candis Candra Candrakanta
Candyce Canfeza Cangür Canice Cannie Cannon Cannur Canseven Cansin Cantemir Cantez Canur Canyon
Caoilfhionn Caoimhe Caoimhin Caolain Caolan Caomhan Cap Capa Capitola Cappie Caprice Captain
Capucine Cara Caragh Caraka Caren Carey Cari Caridad Carie Carin Carina Carine Carisa Carissa Carita
Carl Carl-Heinz Carl-Johan Carla Carlee Carleen Carleigh Carlene Carleton Carley Carli Carlie
Carlijn Carlisle Carlito Carlo Carlos Carlota Carlotta Carlton Carly Carlyle Carlyn Carma Carmel
Carmela Carmelita Carmella Carmelo Carmen Carmenza Carmina Carmine Carminho Carnell Caro Carola
Carolann Carole Carolee Carolien Carolin Carolina Caroline Carolyn Carolyne Carolynn Caron Carra
Carren Carri Carrie Carrol Carroll Carry Carsen Carson Carsten Carter Carub Cary Caryl Caryn Cas
Casandra Case Casemiro Casen Casey Casian Casiana Casie Casimer Casimir Casimiro Cason Caspar Casper
Cass Cassandra Cassidy Cassie Cassius Cassondra Caswell Cataleya Catalina Catarina Caterina Cathal
Catharina Catharine Catherina Catherine Catheriona Cathern Cathey Cathi Cathie Cathleen Cathrin
Cathrina Cathrine Cathriona Cathryn Cathy Catia Catina Catinca Cato Catrin Catrina Catrine Catrinel
Catriona Catur Caturangga Cauã Cauê Cavad Cavid Cavit Cawisadi Cawisono Cawuk Cayadi Cayden Caydence
Cayetana Cayetano Cayla Caylee Cazimir Ceara Ceasar Cebesoy Cebrián Cecelia Cecep Cecil Cecile
Cecilia Cecilie Cecilija Cecilio Cecille Cecily Cecilía Cecília Cedide Cedric Cedrick Cedrin
Ceferino Ceil Celal Celena Celene Celesta Celeste Celestia Celestina Celestine Celestino Celia Celie
Celilay Celina Celinda Celine Celso Cem Cemal Cemalettin Cemani Cemeti Cemil Cemiyle Cemplunk Cena
Cenan Cengiz Cengkal Cengkir Centa Centrine Ceola Cephus Cerasela Cercis Cesar Cesare Cetin Cevale
Cevheri Ceyhun Ceyla Ceylin Ceylon Ceyran Cezar Cezara Cezary Cezayir Chaaya Chabane Chace Chadd
Chadrick Chadwick Chaifah Chaim Chaitaly Chaitanya Chaiwut Chaka Chakradev Chakradhar Chakrika
Chalisa Chalmer Chalmers Chamali Chaman Chameli Champ Champak Chana Chanakya Chancey Chanchal Chancy
Chanda Chandani Chandler Chandra Chandran Chandresh Chanel Chanelle Chaney Chanez Changaz Chanie
Chanikan Chaniya Channie Channing Chantal Chante Chantel Chantelle Chanya Chao Charan Charis
Charissa Charisse Charita Charla Charle Charlee Charleen Charlene Charles Charlesh Charley Charlie
Charline Charlize Charlott Charlotta Charlotte Charlottie Charls Charlsie Charlton Charly Charmaine
Charo Charolette Charos Charvi Chas Chashida Chasity Chasmum Chastity Chatresh Chatura Chauncey
Chauncy Chausiki Chavvi Chawin Chawish Chaya Chayanin Chayapat Chaz Che Chebet Chege Chelangat Chelo
Chelsey Chelsi Chelsie Chelsy Chema Chepkemoi Chepkoech Chepkorir Cher Cheragh Cherelle Cheri Cherie
Cherif Cherilyn Cherise Cherish Cherith Cherotich Cherrelle Cherri Cherrie Cherryl Cheruiyot Cheryl
Cheryle Cheryll Cheslav Chesley Chessie Chester Chestina Chet Cheusi Cheyanne Cheyenne Chi Chiamaka
Chiara Chibuzo Chidimma Chigozie Chijioke Chimere Chin Chinedu Chinelo Chinyere Chip Chipukizi
Chiquita Chiraz Chita Chiyo Chizoba Chloe Chloie Chloé Chloë Chlóe Chris Chrissie Chrissy Christ
Christa Christa-Maria Christabel Christal Christeen Christel Christelle Christen Christena Christene
Christer Christi Christiaan Christiana Christiane Christianne Christie Christin Christina Christine
Christion Christl Christof Christofer Christoffer Christop Christoper Christoph Christophe
Christopher Christos Christy Chrystal Chucho Chuck Chuki Chukwudi Chukwuemeka Chus Chuy Chyna Chynna
Châu Cian Cianan Ciaobella Ciara Ciaran Ciarra Ciarrai Cicely Cicero Cici Cielo Ciera Cierra Cihan
Cihandide Ciji Cilla Cilli Cillian Cilly Cinda Cindi Cindoruk Cindy Cinnamon Cinta Cinthia Cinthya
Cintia Cinzia Ciprian Cipriana Cipriano Ciriaco Ciril Cirillo Cirino Cirkeline Ciro Ciríaco Citlali
Citlalli Citra Claas Clabe Claes Claiborne Clair Claire Claire-Lise Clara Clarabelle Clarance Clare
Clarence Claribel Clarice Clarinda Clarine Clarisa Clarissa Clarisse Clark Clarke Clarnce Clas
Classie Claud Claude Claudette Claudia Claudie Claudina Claudine Claudio Claudiu Claudius Claudy
Claus Claus-Dieter Claus-Peter Clavs Clay Clayton Clearence Cleave Cleda Clelia Clell Clella Clem
Clemence Clemencia Clemens Clement Clemente Clementina Clementine Clemie Clemma Clemmie Clemon Cleo
Cleola Cleon Cleone Cleopatra Cleophas Cleora Cleta Cleto Cletus Cleva Cleve Clevie Clide Cliffie
Clifford Clifton Clint Clinton Cliodhna Cliona Clive Clodagh Clodomiro Cloe Clora Clorinda Clothilde
Clotilda Clotilde Clovis Cloyd Cloé Clyda Clyde Clydie Clytie Clàudia Cláudia Cláudio Cläre Clémence
Clément Clémentine Clímaco Coby Codey Codi Codie Codin Codrin Codrina Cody Coen Cohen Colbert Colby
Cole Coleen Coleman Coleton Coletta Colette Coley Colie Colin Coline Colins Colleen Collette Collie
Collier Collin Collince Collins Collis Colm Colman Colomba Colon Colonel Colt Colten Colter Colton
Coluccio Colum Columba Columbia Columbus Colvin Comfort Commodore Con Conal Conall Conan Conard
Concepcion Concepción Concepta Concetta Concha Conchita Conchur Conleth Conley Conn Connell Conner
Connie Connor Conny Conor Conrad Conradin Conrado Consolata Constance Constant Constantin
Constantina Constantine Constantino Constanza Constanze Constança Consuela Consuelo Contina Conway
Coolidge Cooper Cora Coraima Coralia Coralie Coraline Corbett Corbin Cord Corda Cordaro Cordelia
Cordell Cordella Cordero Cordia Cordie Cordula Corean Corene Corentin Coretta Corey Cori Corie
Corina Corine Corinna Corinne Coriolano Corliss Cormac Cormack Corneille Cornel Cornelia Cornelio
Cornelious Cornelis Corneliu Cornelius Cornell Cornie Corona Corrado Corrie Corrina Corrine Corry
Corsin Cortez Cortney Corvin Corwin Cory Cosima Cosimo Cosmas Cosme Cosmin Cosmina Cosmo Costache
Costantino Costanzo Costel Costin Coty Council Courteney Courtland Courtney Coy Coşkun Coşqun Craig
Crawford Creed Creola Crescencia Cressie Crete Crin Crina Cris Crissie Crissy Crista Cristal Cristea
Cristen Cristhian Cristhofer Cristi Cristian Cristiana Cristiano Cristin Cristina Cristine Cristián
Cristobal Cristofer Cristofor Cristopher Cristy Cristóbal Crockett Cruz Crysta Csaba Csilla Csongor
Ctibor Ctirad Cuheyna Cullen Cuman Curdin Curley Curro Curt Curtis Curtiss Custodia Custodio Cvetka
Cvetko Cydney Cyndi Cyntha Cynthia Cyprian Cyprián Cyriel Cyril Cyrill Cyrille Cyrus Czeslaw Cándida
Cándido Cátia Cäcilia Cäcilie Cécile Cédric Célestin Célestine Célia Célina Céline César Côme Cümşüd
Cüneyit Cýrus Călin Cătălin Cătălina Daamin Daan Daanish Daanyaal Daawood Dabbah Dabir Dabney Dace
Dacian Daciana Dacin Dadap Dadi Dafina Dafne Dag Dagbjartur Dagbjörg Dagbjört Dagel Dagfari
Dagfinnur Dagfríður Daggeir Daggrós Dagheiður Daghfal Dagmann Dagmar Dagmara Dagmey Dagny Dagný
Dagnýr Dagobert Dagoberto Dagrún Dagur Dagþór Dahiana Dahlia Dai Daiana Daiga Daija Daijah Daina
Dainess Dainis Dainius Daire Dairine Dairo Daisey Daisha Daisie Daisye Daiyaan Daja Dajana Dakhil
Dakoda Dakotah Daksh Daksha Dakshesh Dalaja Dalan Dalbert Dalbir Daldís Dale Daler Daley Dalia
Dalibor Dalila Dalili Dalima Daliman Dalimin Daliono Dalkılıç Dalla Dalli Dallilja Dallin Dalmann
Dalmar Dalmas Dalrós Dalton Dalvin Dalía Damar Damarcus Damari Damarion Damaris Dameer Dameon Damian
Damiano Damien Damienne Damife Damijan Damini Damion Damir Damián Damjan Damjana Damlanur Damon
Damond Damu Damurah Damyanti Dan Dana Danae Danang Dancan Dancun Dandre Dane Daneen Danelle Danelíus
Danette Daney Danfríður Dangelo Danheiður Danhildur Dani Dania Danial Danica Daniel Daniela Daniele
Danielius Daniella Danielle Daniels Danijel Danijela Danika Danila Danilo Danique Danish Daniswara
Danita Danitza Danival Danièle Daniël Danjuma Dann Danna Dannie Danniel Dannielle Danny Danson Dante
Danu Danuja Danuta Danuše Dany Danyel Danyell Danyelle Danylo Danía Daníel Daníela Daníella Daníval
Danış Daphne Daphné Daquan Dara Daragh Darain Darby Darci Darcie Darcy Dardan Darell Daren Daria
Darian Dariana Dariati Darien Darija Darijan Darika Darimin Darin Darina Darinka Dario Darion Daris
Darius Dariusz Darja Darko Darl Darla Darleen Darlene Darline Darling Darlyne Darmaji Darman Darmana
Darmanto Darnell Darold Daron Darpan Darragh Darran Darrel Darrell Darren Darri Darrian Darrick
Darrien Darrin Darrion Darrius Darron Darry Darryl Darryle Darryll Darryn Darsh Darsirah Dartono
Daru Daruna Darvin Darwin Darwyn Dary Darya Daryani Daryl Daryle Daryn Daryna Darío Daríus Dasa
Dashawn Dasia Dastageer Daud Daudi Daulton Daunte Davante Dave Davey Davi Davian David Davida Davide
Davie Davin Davina Davion Davis Davnet Davon Davonta Davonte Davor Davorin Davy Davyd Davíð Dawid
Dawna Dawne Dawson Dawud Dax Daxton Dayamai Dayami Dayana Dayanara Dayar Dayita Dayle Dayna Dayne
Dayse Dayton Dayyaan Daðey Daði Daðína Dağistan Deaglan Dean Deana Deandra Deandre Deane Deangelo
Deann Deanna Deanne Deante Dearbhail Dearbhaile Dearbhla Deasia Deb Debbi Debbie Debbra Debby Debera
Debi Debora Deborah Deborrah Debra Debrah Debroah Debóra Decebal Declan Dedra Dedric Dedrick Dee
Deeann Deedee Deegan Deena Deepa Deetta Deforest Deha Deiby Deicy Deidra Deidre Deion Deirbhile
Deirdre Deisy Deividas Deja Dejah Dejan Dejon Dejuan Del Delaney Delano Delbert Delcie Delfina
Delfino Delfín Delia Deliah Delil Delila Delilah Delina Delinda Delisa Dell Della Dellar Delle
Dellia Dellie Delma Delmar Delmas Delmer Delmus Delois Delora Delores Deloris Delos Delpha Delphia
Delphin Delphine Delsie Delta Delton Delvin Delwin Dema Demarco Demarcus Demario Demarion Dementy
Demeter Demetra Demetri Demetria Demetric Demetrio Demetrios Demetrius Demi Demi-Lee Demi-Leigh
Demian Demid Demilade Demirbüken Demiriz Demirok Demiryürek Demond Demonte Dempsey Demus Demyan
Demyd Dena Dendý Deneen Denese Denice Deniis Denine Denis Denisa Denise Denisha Denisse Denita Deniz
Denizalp Denkel Dennie Dennis Denny Denton Denzel Denzell Denzil Deníel Deon Deondre Deonta Deontae
Deonte Dequan Derald Dereck Derek Dereon Deric Derick Derik Derkay Derl Derly Dermot Dermott Deron
Derrek Derrell Derrick Derval Dervilla Dervla Derwin Derya Deryanur Deryl Desean Deshaun Deshawn
Desi Desiderio Desirae Desiree Desirée Desmond Despina Dessa Dessie Destany Destin Destinee Destiney
Destini Destry Detlef Detlev Dev Devan Devansh Devante Devaughn Deven Devi Devika Devin Deviner
Devonta Devontae Devonte Devyn Deward Dewayne Dewey Dewi Dewitt Dex Dexter Deyanira Dezider Dezső
Dezzie Değer Değmeer Dhriti Dhruv Diah Diallo Dian Diana Dianah Diandra Diane Diann Dianna Dianne
Diar Diarmaid Diarmuid Dicie Dick Dickie Dickson Dicy Dida Didda Didier Didina Diederik Diedrich
Diego Dierk Dieter Diethard Diethelm Diether Dietlind Dietlinde Dietmar Dietrich Digdaya Digna
Dijana Dijon Diken Dilan Dilara Dilcan Dilder Dildora Dilfeza Dilhuş Dilja Diljá Dillan Dillard
Dillie Dillion Dillon Dilnoz Dilnur Dilsitan Dilşad Dilşat Dimas Dimaz Dimitri Dimitrina Dimitrios
Dimmblá Dimmey Dimple Dina Dinah Dincer Dinda Dinis Dink Dino Dinu Dinçkol Dinçsü Diogo Dion Dione
Dionicio Dionigi Dionisia Dionisio Dionne Dionte Dionýz Dipa Dipta Dirican Dirja Dirk Dirlik Dismas
Dita Ditmar Ditte Dittmar Divan Divya Dixie Dixon Diya Diyor Diyora Diána Diðrik Diāna Djamel Djuana
Djuna Dmitri Dmitry Dmytro Dobromila Dobromysl Dobroslav Dobroslava Doc Dochia Docia Dock Doctor
Dodo Dofri Dogan Doina Dola Doll Dolli Dollie Dolly Dollye Dolores Doloris Dolph Dolphine Dolphus
Dolun Dom Domagoj Domantas Domas Domen Domenic Domenica Domenick Domenico Domhnall Dominga Domingo
Domingos Dominic Dominick Dominik Dominika Dominique Dominque Dominyka Dominykas Domitila Domnica
Domonique Dona Donaciano Donagh Donal Donald Donat Donata Donatas Donatella Donatello Donato Donavan
Donavon Dondre Donell Donia Donie Donita Doniyor Donn Donna Donnacha Donncha Donnell Donnie Donny
Dono Donough Donovan Donta Dontae Donte Dora Doralisa Dorathea Dorathy Dorcas Dorcus Doreen Dorel
Dorene Doretha Doretta Dori Dorian Doriana Dorien Dorin Dorina Dorinda Dorine Dorinel Doris Dorit
Dorita Dorla Dorle Dorli Dorman Dorofey Dorota Dorotea Doroteja Dorotha Dorothe Dorothea Dorothee
Dorothy Dorothée Dorottya Dorr Dorris Dorsey Dorte Dortha Dorthe Dorthea Dorthey Dorthy Doru
Dorukhan Dosha Doshia Doshie Dosia Doss Dossie Dot Dottie Dotty Doug Douglas Douglass Dounia Dove
Dovie Dovilė Dovud Dovydas Dow Doyinsola Doyle Dozier Doğanalp Doğannur Doğanşah Doğuhan Draga
Dragan Dragana Dragica Drago Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drajat Drake Drauma
Draumey Draupnir Draven Dražen Dreki Drema Drengur Drew Dries Drilon Drita Driton Droplaug Drucilla
Drury Drusilla Drífa Drótt Dröfn Duane Duard Duarte Dubán Ducu Dudley Duff Dufgus Dufþakur Dugfús
Duha Duilio Duje Dulce Dulcie Duma Dumisani Dumisile Dumitra Dumitrana Dumitru Duncan Dunia Dunja
Dunyo Durab Duracan Durante Durdali Durdona Durell Durgadin Durmuşali Durna Durodola Durrell
Dursadiye Dursun Duruk Duruöz Durward Durwood Dusan Dustan Dustin Dusty Dustyn Duuk Duván Duwayne
Duyguhan Duyên Dušan Dušanka Dvalinn Dwain Dwaine Dwan Dwane Dwayne Dwi Dwight Dwyane Dyan Dylan
Dylano Dyllan Dylon Dymphna Dympna Dzidra Dzintars Dzintra Dániel Dávid Dáša Dæja Débora Déborah
Dénes Désiré Désirée Día Díana Díanna Díma Dís Dísa Dísella Díómedes Dóa Dómald Dómaldi Dómaldur
Dómhildur Dónald Dónaldur Dór Dóra Dórey Dóri Dóris Dórothea Dórótea Dóróthea Dósóþeus Dögg Dögun
Dölensoy Döner Dörte Dörthe Dúa Dúfa Dúi Dúna Dúnn Dündaralp Dünya Dünyamalı Dürrüşehvar Dýrborg
Dýrfinna Dýri Dýrleif Dýrley Dýrmundur Dýrunn Dārta Dāvis Dũng Eadaoin Eamon Eamonn Ean Eanna Earle
Earlean Earlene Earley Earlie Earline Early Earnest Earnestine Eartha Easton Eathel Eavan Eba Ebb
Ebba Ebbe Ebbi Ebbie Eben Ebeneser Ebenezer Eber Eberg Eberhard Eberhardt Ebert Eboni Ebonney Ebony
Ebuakil Ebuka Ecaterina Ecegül Ecemiş Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ecrin Eda
Edaviye Edd Edda Eddah Eddie Eddy Edel Edelbert Edelgard Edelmira Edelmiro Edeltraud Edeltraut
Edeltrud Eden Eder Edgar Edgaras Edgard Edgardo Edgars Edgübay Edhitha Edi Edie Edier Edil Edilberto
Edilma Edilon Edilson Edin Edina Edinah Edinson Edison Edisson Edit Edita Edith Editha Edla Edmon
Edmond Edmonia Edmund Edmundo Edmunds Edna Ednah Edoardo Edon Edona Edouard Edra Edrie Edris Edsel
Edson Edu Eduar Eduard Eduarda Eduardo Eduards Edvard Edvardas Edvin Edvinas Edvīns Edw Edwar Edward
Edwardo Edwin Edwina Edyta Edyth Edythe Edílon Edīte Eelis Eemeli Eemil Eerik Eero Eesaa Eesha Eetu
Eeva Efe Efemía Effa Effie Efil Efim Eflâtun Efrain Efraím Efraín Efrem Efren Efrén Efser Eftimia
Eftimie Ega Egbert Egedía Egenur Eggert Eggrún Eggþór Egidijus Egil Egill Egils Egla Eglė Egon Egor
Egzon Egzona Ehan Ehrenfried Ehrentraud Ehrhard Ehsaas Ehsan Eider Eidvilė Eija Eijaz Eik Eikar Eila
Eileen Eilis Eilish Eilífur Eimantas Eimear Eimer Eimhear Einar Einari Einbjörg Eindís Einer Einey
Einfríður Einhildur Einir Eino Einrún Einvarður Einína Einþór Eir Eira Eiravati Eirdís Eirfinna
Eirik Eirný Eiríka Eiríkur Eirún Eitel Eithan Eithel Eithne Eivin Eivind Eivor Eiðar Eiðný Eiðunn
Eiður Eja Ejaz Ejlaal Eka Ekaja Ekalinga Ekani Ekansh Ekanta Ekantika Ekapad Ekaraj Ekaterina Ekavir
Ekbal Ekber Ekene Ekiya Ekkehard Ekkehart Ekmel Eko Ekow Ekrem Ekta Ekundayo Ekundu El-Amin Ela
Eladio Elaf Elaina Elaine Elam Elamiye Elana Elariz Elayne Elba Elberg Elbert Elberta Elbridge Elby
Elcira Elcy Elda Eldar Eldbjörg Elden Elder Eldey Eldgrímur Eldjárn Eldlilja Eldmar Eldon Eldora
Eldred Eldridge Eldrún Eldur Eldór Elea Eleanor Eleanora Eleanore Elease Eleazar Electa Eleina
Elektra Elemér Elena Elenborg Eleni Elenor Elenora Elenore Elentínus Eleodoro Eleonor Eleonora
Eleonore Eleonóra Eleuterio Elex Elfa Elfar Elfi Elfida Elfie Elfreda Elfrieda Elfriede Elfráður
Elfur Elgie Elgin Elgün Elhan Eli Elia Eliabeth Eliakimu Elian Eliana Eliane Elianna Elias Elick
Elida Elie Eliecer Elien Eliette Eliezer Elif Elifnur Eliga Eligah Elige Eligia Eligio Elihu Eliisa
Elijah Elimar Elin Elina Elinborg Eline Elinor Elinore Elinór Elio Eliona Eliot Eliott Elis Elisa
Elisabet Elisabeta Elisabete Elisabeth Elisabetha Elisabetta Elisaveta Elise Eliseo Elisey Elisha
Elissa Elita Eliud Eliza Elizabet Elizabeta Elizabete Elizabeth Elizah Elizar Elizaveta Elizbeth
Elize Elizebeth Eliáš Eliška Elka Elkana Elke Elkin Ell Ella Elladio Ellamae Ellar Elle Ellen Eller
Ellert Ellery Elley Elli Elliana Ellie Ellinor Elliot Elliott Ellis Ellisif Ellison Elliði Ellsworth
Ellwood Elly Ellyn Ellín Ellís Ellý Elma Elman Elmar Elmer Elmeri Elmidar Elmina Elmir Elmira Elmire
Elmo Elmore Elmyra Elmārs Elna Elnora Elnur Eloah Elodia Elodie Elof Eloi Elois Eloisa Eloise Elon
Elona Elonzo Elosy Elouise Eloy Eloá Eloísa Eloïse Elphas Elpidio Elroy Els Elsa Elsabet Elsbeth
Else Elsebeth Elsie Elsworth Elsy Elsí Elsý Elta Elton Elturan Eluh Elva Elvan Elvana Elvar Elver
Elvera Elvi Elvia Elvie Elvin Elvina Elvira Elvire Elvis Elvy Elvíra Elvý Elvīra Elwanda Elwin
Elwira Elwood Elwyn Elxan Ely Elyas Elyse Elyssa Elza Elzada Elzbieta Elzie Elzy Elçin Eléa Eléna
Eléonore Elí Elía Elíana Elías Elíeser Elímar Elín Elína Elínbergur Elínbet Elínbjörg Elínbjört
Elínborg Elíndís Elíngunnur Elínheiður Elínmundur Elínrós Elíná Elínór Elírós Elís Elísa Elísabet
Elísabeth Elöve Elīna Elşad Elżbieta Ema Emal Emaline Eman Emanoil Emanuel Emanuela Emanuele
Emanuella Emanuelly Emanuil Emanúel Emas Ember Embla Embrek Embuh Emeka Emelia Emelie Emelina
Emeline Emely Emelyan Emelyne Emelía Emelíana Emelína Emer Emeralda Emerson Emery Emese Emett Emiel
Emigdio Emil Emilce Emile Emilee Emilia Emilian Emiliana Emiliano Emilie Emilien Emilija Emilio
Emilis Emiliya Emilly Emilse Emily Emilía Emilíana Emilíanna Emilý Emin Emina Emine Emir Emiro
Emirşan Emit Emiş Emma Emma-Louise Emmaculate Emmah Emmalee Emmaline Emmanuel Emmanuelle Emmanuil
Emmanúel Emmer Emmerich Emmet Emmett Emmi Emmie Emmit Emmitt Emmons Emmy Emmý Emogene Emong Emory
Emperatriz Empluk Emran Emre Emrullah Emry Emy Emília Emý Emīlija Emīls Ena Enar Encarna Encarnacion
Encarnación Encarnita Enda Endah Endra Endre Endrit Ene Enea Eneka Enes Enfes Engelbert Engilbert
Engilbjartur Engilbjört Engiljón Engill Engilráð Engilrós Engin Enginiz Engla Enid Enika Enikő
Eniola Enis Enith Enja Enna Ennio Ennis Enno Enoch Enock Enok Enola Enos Enrico Enrika Enrique
Enriqueta Ensar Ensari Ensio Enteng Enver Enya Enzi Enzio Enzo Enóla Eoghan Eoin Eola Eowyn Ephantus
Ephraim Ephram Ephriam Epifan Epifanio Eppie Epsie Era Eral Eraldo Erasmo Erasmus Erast Erastus
Eraycan Erbay Erbil Erby Ercan Ercihan Erdal Erdemer Erdibay Erdmute Erdogan Erdursun Erem Eremey
Eremia Eren Erenalp Erensoy Eres Ergener Erginel Ergönül Ergül Ergün Erhard Erhardt Eric Erica Erich
Erick Ericka Erie Erik Erika Erikas Erin Erina Erinçer Erion Eris Eriş Erkan Erkinel Erkki Erksoy
Erkılıç Erla Erland Erlar Erle Erlen Erlendur Erlene Erlinda Erline Erling Erlingur Erlín Erma
Ermanis Ermanno Ermenegildo Ermes Ermil Ermina Ermine Ermolay Ermutlu Erna Ernest Ernestas Ernestina
Ernestine Ernesto Ernests Ernestó Ernie Ernir Ernst Ernst-August Ernst-Dieter Ernst-Otto Erny Ernő
Erofey Erol Eron Eroğul Erpur Errol Ersel Erseç Ertan Erten Ertuncay Ertün Erva Ervaniye Ervin
Erving Ervín Erwan Erwin Eryk Erykah Eryn Eryıldız Erzsébet Eröz Erşat Esa Esau Esben Esco Esekíel
Esenbay Esengün Esentürk Esequiel Esfandyar Eshan Eshana Esi Esila Esja Esjar Esker Eskil Eskinalp
Esko Eslemnur Esley Esma Esmanperi Esmarelda Esmee Esmeralda Esmira Esmée Esna Esneider Esparta
Espartaco Espen Esperanza Espiridión Esra Essa Essence Essi Essie Esta Esteban Estefan Estefani
Estefania Estefany Estefanía Estel Estela Estell Estella Estelle Ester Estera Esteri Estes Estevan
Esther Estiawan Estie Estill Estiono Estiva Estiven Eston Estrella Esupofo Eszter Eta Etela Etelka
Etelvina Etha Ethan Ethel Ethelbert Ethelene Ethelyn Ethen Ether Ethie Ethna Ethne Ethyl Ethyle
Etibar Etienne Etiqad Etizaaz Etna Etta Etter Ettie Ettore Euan Eudora Eufemia Eufemía Eufrosina
Eugen Eugene Eugenia Eugenie Eugenio Eugine Eugène Eugénia Eugénie Eula Eulah Eulalia Eulalie
Eulogio Eulália Euna Eunan Eunice Eunika Euphemia Eura Eusebia Eusebio Eusebiu Eustace Eustaquio
Eutimio Eutropio Eva Eva-Lena Eva-Maria Eva-Marie Evald Evaldas Evalena Evaline Evalyn Evalyne
Evamaria Evan Evance Evander Evangelia Evangelina Evangeline Evangelista Evangelos Evanghelina Evans
Evaristo Evcimen Evde Evdokim Evdokiya Evelena Evelia Evelien Eveliina Evelin Evelina Eveline Evelio
Evelyn Evelyne Evelynn Evelína Ever Everet Everett Everette Everline Everlyne Evert Evertt Evette
Evey Evfemía Evfrosiniya Evgeniya Evgeny Evgenía Evgraf Evi Evia Evie Evija Evita Evlalía Evlampy
Evon Evonne Evpraksiya Evrim Evrimer Evsey Evstafy Evstigney Evy Evíta Ewa Ewald Ewan Ewart Ewatomi
Ewelina Ewell Ewin Ewing Exa Exequiel Exie Eyberg Eybjörg Eybjört Eydan Eydís Eyfríður Eygerður
Eygló Eyhildur Eyja Eyjalín Eyjólfur Eylaugur Eyleif Eyleifur Eylín Eymar Eymundur Eyríkur Eyrós
Eyrún Eysteinn Eyvar Eyveig Eyvindur Eyvör Eyyub Eyyüp Eyþrúður Eyþór Eyþóra Ezekiel Ezell Ezequiel
Ezgin Ezgütekin Ezio Ezra Ezzard Eðna Eðvald Eðvar Eðvarð Eşim Eşref Faas Faber Fabia Fabian Fabiana
Fabien Fabienne Fabio Fabiola Fabián Fabiënne Fabrice Fabricio Fabrisíus Fabrizia Fabrizio Facundo
Fadekemi Faderera Fadey Fadil Fadile Fadime Fadıla Fae Fahari Fahmi Fahrullah Faina Fainche Faiq
Fairy Faisa Faizah Faizan Faize Falak Falan Falgeir Falguni Falk Falko Fallon Falon Falur Fami
Fanaka Fancy Fang Fannar Fannberg Fanndís Fanney Fanngeir Fanni Fannie Fannlaug Fanny Fannye Fanný
Faqid Farah Faraj Faraja Farangiz Faras Fares Farhan Farhiya Farhod Farhunnisa Farid Farida Farijika
Fariq Faris Fariz Fariza Faron Farouk Farrah Farrell Farris Faruk Farzona Fate Fathonah Fatigül
Fatih Fatiha Fatima Fatime Fatinur Fatma Fatmanur Fatmir Fatmire Faton Fatteh Fatuma Faustas
Faustino Fausto Fawn Fay Faye Fayette Fayize Fazil Fazli Fazul Feargal Fearghal Febe Febi Febrún Fed
Fedde Fedele Feden Federica Federico Federigo Fedir Fedor Fedosy Fedot Fehim Fehintola Fehmiye
Feisal Felecia Felice Felicia Feliciana Feliciano Felicidad Felicie Felicien Felicitas Felicity
Feliks Feline Felipa Felipe Felisa Felisha Felista Felister Felistus Felix Felizitas Fella Felton
Fem Fema Femke Fengur Fenna Fenne Fenni Fenrir Fenton Feofan Feoktist Ferahdiba Ferapont Ferat
Feraye Ferd Ferdi Ferdinand Ferdinando Ferdínand Feremez Ferenc Fergal Fergus Ferhan Ferhat Feriel
Ferihan Ferinaz Ferman Fermuta Fermín Fernand Fernanda Fernande Fernando Ferne Ferney Ferny Ferre
Ferrell Ferris Fersan Fertram Feruza Feryas Ferzi Festus Fetullah Fevroniya Feyha Feykir Feyruz
Feyzin Feza Fiachra Fiamma Fibikemi Fidan Fidaye Fidel Fidela Fidelia Fidelis Fidelma Fidencio Fidvi
Fielding Fien Fiene Fiifi Fikayomi Filaret Fildan Filimon Filip Filipa Filipe Filipp Filippa Filippo
Filippus Filippía Filipía Filit Filiz Filofteia Filomena Filoména Fimar Finbar Finbarr Finian Finis
Finley Finn Finna Finnbjörg Finnbjörk Finnbjörn Finnboga Finnbogi Finnborg Finndís Finnegan Finney
Finnfríður Finngeir Finnjón Finnlaug Finnlaugur Finnrós Finnur Finnvarður Finola Fintan Fiodor Fiona
Fionan Fionna Fionntan Fionnuala Fionnula Fiorella Fiorenzo Fiorino Firdavs Firdevis Firdovsi Firman
Firmin Firs Firudin Fisher Fisnik Fitan Fitim Fitnat Fito Fitore Fitria Fitriani Fitzgerald Fitzhugh
Fiyaz Fjalar Fjalldís Fjarki Fjolla Fjóla Fjólar Fjólmundur Fjölnir Fjölvar Fjörnir Flamur Flannan
Flavia Flavie Flavio Flaviu Fleda Fleet Fleeta Flem Fleming Flemming Fleta Fletcher Fleur Flint Flo
Floare Floarea Flonnie Floor Floortje Flor Florance Flore Florea Florencia Florencio Florene Florent
Florentin Florentina Florentine Florentino Floretta Florian Floriana Floriane Florica Florida
Floridor Florie Florim Florin Florina Florinda Florine Floris Florián Florrie Flosi Flossie Floy
Floyd Flurin Flurina Flynn Flóki Flóra Flórent Flóvent Foch Fodil Foka Folashade Folda Folke Folker
Folkert Folu Foma Fonda Ford Forni Forrest Fortunat Fortunata Fortunato Forum Fossmar Foster Fotima
Foty Fount Fouzia Foy Frado Fran Franc Franca Frances Francesca Francesco Franchesca Franci Francia
Francies Francina Francine Francis Francisc Francisca Francisco Franciscus Franciska Francisquita
Franciszek Franck Franco Francoise Francy Franjo Frank-Michael Frank-Peter Franka Frankie Franklin
Frankline Franklyn Franklín Franky Frans Fransiska František Františka Frants Franz Franz-Josef
Franz-Peter Franz-Xaver Franziska François François-Xavier Françoise Frančišek Fraser Frauke Frazer
Frazier Fred Freda Freddie Freddy Frede Frederic Frederica Frederick Fredericka Frederico Frederik
Frederika Frederike Frederikke Frederique Fredi Fredie Fredo Fredric Fredrick Fredrik Fredrika Fredy
Freeda Freeman Fregn Freia Freida Freja Fremont French Fresia Freya Freybjörn Freydís Freygarður
Freygerður Freyja Freylaug Freyleif Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór
Fricis Frida Fridah Fridolin Fridrich Frieda Friedbert Friedemann Frieder Friedericke Friederike
Friedhelm Friedhilde Friedhold Friedl Friedlinde Friedo Friedrich Friedrich-Karl Friedrich-Wilhelm
Friend Frigg Frithjof Fritz Friðberg Friðbergur Friðbert Friðbjörg Friðbjörn Friðbjört Friðborg
Friðdís Friðdóra Friðey Friðfinna Friðfinnur Friðgeir Friðgerður Friðjón Friðjóna Friðlaug
Friðlaugur Friðleif Friðleifur Friðlín Friðmann Friðmar Friðmey Friðmundur Friðný Friðrik Friðrika
Friðrikka Friðrós Friðrún Friðsemd Friðsteinn Friður Friðveig Friðvin Friðþjófur Friðþór Friðþóra
Frode Froilán Frol Frona Fronia Fronie Fronnie Frosti Frostrós Frusina Fryderyk Frán Fránn Frár
Frédéric Frédérique Frímann Fríða Fríður Fróði Fróðmar Fróðný Fulgencio Fuller Fulton Fulvio Fuma
Fumiko Funi Fura Furman Fuzayl Fuzuli Fylkir Fynn Fyokla Fábio Fáfnir Fálki Fátima Félicie Féline
Félix Fía Fídes Fífa Fífill Fólki Fönn Fúsi Fügen Füzuli Gabe Gabel Gabi Gabin Gabino Gabor Gabriel
Gabriela Gabriele Gabrielius Gabriella Gabrielle Gabrielly Gabriël Gabríel Gabríela Gabríella Gaby
Gada Gadang Gading Gaduh Gael Gaetano Gagan Gage Gaia Gaida Gaige Gail Gaiman Gaines Gaither Gaja
Gal Gala Galak Galaktion Galang Galar Galasso Galdur Gale Galen Galih Galilea Galina Galiono Galip
Gallego Galo Galuh Galur Galvarino Gamalíel Gaman Gamani Gamanto Gambira Gamblang Gambo Ganda
Gandewa Gandi Ganep Gang Ganga Gangsa Gangsar Gani Ganimete Ganiye Ganjaran Gannon Gantar Gara Garan
Garang Garda Gardner Garech Gareth Garett Garey Garfield Garibaldi Garima Garland Garner Garnett
Garold Garpur Garret Garreth Garrett Garri Garrick Garrison Garry Garth Garvan Garvin Gary Garðar
Gaspar Gaspard Gaspare Gasper Gasti Gaston Gastone Gastón Gathoni Gatis Gatot Gatra Gauge Gaui Gauja
Gaukur Gaurang Gaurangi Gaurav Gauri Gaurika Gautam Gautami Gauthier Gauthildur Gauti Gautrekur
Gautur Gautviður Gavan Gaven Gavin Gavrila Gavyn Gawati Gay Gayathri Gaye Gayla Gayle Gaylen Gaylene
Gaylon Gaylord Gaynell Gazel Gazmend Gaël Gaëlle Gaëtan Gašpar Gbadebo Gbolahan Gbowoade Geanina
Gearld Gearldine Gearoid Geary Gebhard Gedeon Gediminas Gedion Gee Geert Geetika Gefjun Gefn Geir
Geira Geirarður Geirbjörg Geirdís Geirfinna Geirfinnur Geirfríður Geirharður Geirhildur Geirhjörtur
Geirhvatur Geiri Geirlaug Geirlaugur Geirleifur Geirlöð Geirmundur Geirný Geirríður Geirröður
Geirrún Geirtryggur Geirvaldur Geirólfur Geirþjófur Geirþrúður Geisli Gejza Gelengül Gellir
Gelsomina Gelu Gema Gemma Gena Genaro Gencaslan Genesis Geneva Genevieve Geneviève Genevra Genie
Gennady Gennaro Gennie Geno Genovefa Genoveva Genta Gençay Geo Geoff Geoffrey Geoffroy Geofrey Georg
Georganna George Georgeann Georgeanna Georgel Georgene Georges Georgeta Georgetta Georgette Georgian
Georgiana Georgiann Georgianna Georgie Georgina Georgine Georgios Georgy Georgía Geovanni Geovanny
Gerald Geraldine Geraldo Geralyn Gerard Gerarda Gerardine Gerardo Gerardus Gerasim Geraud Geray Gerd
Gerda Gerdi Gereon Gerfried Gergely Gergő Gerhard Gerhardt Gerhart Gerhild Geri Gerlind Gerlinde
Germain Germaine German Germana Germán Gernot Gero Gerold Gerolf Geronimo Gerrard Gerri Gerrit Gerry
Gerson Gert Gerta Gertha Gerti Gertie Gertraud Gertraude Gertraut Gertrud Gertrude Gertrudis
Gertrúda Gervasio Gerwin Gery Gerða Gerðar Gerður Gerónimo Gesa Gesare Gesche Gesine Gestheiður
Gestný Gestrún Gestur Geta Gethera Getrude Geza Ghaalib Ghaazi Ghaffaar Ghafoor Ghaith Ghalib
Ghaliyati Ghanee Ghanem Ghani Ghannam Ghasaan Ghauth Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer
Ghazawan Ghazi Ghazzal Ghenadie Gheorghe Gherghina Ghilas Ghislain Ghislaine Ghiyaath Ghiyath
Ghufran Ghulaam Ghulam Ghunayn Ghusharib Ghusun Ghutayf Gia Giacinto Giacobbe Giacomo Giada
Giampaolo Giampiero Gian Gian-Luca Giana Giancarlo Gianfrancesco Gianfranco Gianina Gianluca
Gianluigi Gianmarco Gianna Gianni Gianpaolo Gianpietro Gibson Gicu Gică Gideon Gidget Giedrius
Giedrė Giel Giesela Gifford Gifty Gigi Gijs Gil Gilang Gilbert Gilberte Gilberto Gilda Gildardo
Giles Gilford Gilles Gillian Gillie Gillis Gillý Gilma Gilman Gilmar Gilmer Gilmore Gils Gilslaug
Gina Ginette Ginny Gino Gintarė Ginyas Gioacchino Gioachino Gioele Gioffre Gioia Gion Gionata
Giorgia Giorgian Giorgiana Giorgio Giosuè Giovani Giovanna Giovanni Giovanny Girik Girindra Girish
Girolamo Girtha Gisa Gisbert Gisela Gisele Giselle Gislinde Gisselle Gissunn Gissur Gisèle Gitau
Githinji Gitonga Gitta Gitte Giulia Giuliana Giuliano Giulietta Giulio Giuseppa Giuseppe Giuseppina
Giustino Giz Gizela Gizella Gizem Gizur Gjaflaug Gjúki Gladis Gladstone Gladyce Gladys Glafira
Glauco Gleb Glen Glenda Glendon Glendora Glenn Glenna Glennie Glennis Glenwood Glenys Glinda Gloria
Gloría Glover Glynda Glynis Glynn Gló Glóa Glóbjört Glódís Glóey Glói Glóð Glúmur Gneisti Gná Gnúpur
Gnýr Goda Godelieva Godelieve Godfrey Godofredo Godwin Goebel Goffredo Gohar Golda Goldia Goldie
Goma Goncafer Goncalo Gonzalo Gonçalo Gopal Goran Gorazd Gordan Gordana Gorden Gordey Gordon Gorge
Gorm Gostomysl Gottfrid Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottlob Gottskálk Gottsveinn
Governor Goyo Goði Goðmundur Grace Gracelyn Gracia Graciana Graciano Gracie Graciela Grady Graeme
Grafton Graham Grainne Grani Grania Grankell Granville Graves Grayce Graydon Grayling Grayson Grazia
Graziano Graziella Grazyna Greca Grecia Greco Greene Greet Greg Grega Greger Gregg Greggory Gregor
Gregoria Gregorian Gregorio Gregory Grein Greipur Gremislav Greppur Gret Greta Gretar Gretchen Grete
Gretel Grethe Gretl Gretta Grettir Greyson Gricelda Griet Grieta Griffin Griffith Grigore Grigory
Grisel Griselda Grit Gro Grove Grover Grzegorz Grégoire Grégory Grélöð Grét Gréta Grétar Gríma
Grímar Grímey Grímheiður Grímhildur Grímkell Grímlaugur Grímnir Grímur Grímólfur Grímúlfur Gróa
Grēta Guadalupe Guarino Gudrun Gudula Guenter Guenther Guglielmo Gugu Gugulethu Guido Guilford
Guilherme Guillaume Guillermina Guillermo Guiomar Guiseppe Guiying Gulab Gulfaam Gulfam Gullbrá
Gullveig Gullý Gulshan Gulzar Gumercindo Gumi Gumma Gun Gun-Britt Gunar Gunbir Gunborg Gunda Gundel
Gundhild Gundi Gundolf Gundula Guneet Guney Gunhild Gunilla Gunita Gunn Gunnar Gunnberg Gunnbjörg
Gunnbjörn Gunnbjört Gunnborg Gunndís Gunndór Gunndóra Gunnel Gunnella Gunner Gunnfinna Gunnfríður
Gunngeir Gunnhallur Gunnharða Gunnheiður Gunnhildur Gunnjóna Gunnlaug Gunnlaugur Gunnleif Gunnleifur
Gunnlöð Gunnröður Gunnrún Gunnsteinn Gunnur Gunnvaldur Gunnveig Gunnvör Gunnólfur Gunnóli Gunný
Gunnþór Gunnþóra Gunnþórunn Gunta Guntars Gunter Gunther Guntis Guntram Gunvor Gunārs Gurli Gurney
Gurrý Gury Gus Guss Gussie Gust Gusta Gustaaf Gustaf Gustas Gustav Gustave Gustavo Gustavus Gustaw
Gusti Gustie Gustáv Gusztáv Guthrie Gutti Guttormur Guus Guusje Guðberg Guðbergur Guðbjarni
Guðbjartur Guðbjörg Guðbjörn Guðbjört Guðborg Guðbrandur Guðdís Guðfinna Guðfinnur Guðfreður
Guðfríður Guðgeir Guðjón Guðjóna Guðlaug Guðlaugur Guðleif Guðleifur Guðleikur Guðlín Guðmann Guðmar
Guðmey Guðmon Guðmunda Guðmundur Guðmundína Guðni Guðný Guðráður Guðríður Guðröður Guðrún Guðsteina
Guðsteinn Guðvarður Guðveig Guðveigur Guðvin Guðþór Gwen Gwenael Gwenaëlle Gwenda Gwendolen
Gwendoline Gwendolyn Gwyn Gwyneth Gyda Gylfi Gyrðir Gytis Gytta Gytė Gyula Gyða Gyðja Gyðríður
Gyöngyi György Györgyi Győző Gzim Gábor Gæfa Gæflaug Génesis Gérald Géraldine Gérard Géza Gía Gídeon
Gígja Gígjar Gísela Gísla Gísley Gísli Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gói Gök Gökay
Gökbudun Göken Gökhan Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçil Göli Gönen Gönül Göran
Görgünay Görklü Görsev Gösta Göte Götz Gözel Gözem Gúa Gústaf Gústav Gücal Gül Gülay Gülağa Gülbala
Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülel Gülenay Güler Gülev Güleğen Gülfari
Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan Gülmira Gülmisal Gülnar Gülnaz Gülnaziye
Gülnur Gülper Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gülten Gülter
Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülüs Gülüstan Gülüş Gülşa Gülşahin Gülşeref Gümüştekin
Günar Günay Günaydin Günden Gündüz Gündüzalp Günebakan Güneri Güngördü Güngören Günkurt Günsel
Günser Günter Günther Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten Güverçin Güzey Güçal
Güçlüer Güçyeter Gýgjar Gýmir Habib Habiba Habibe Habibu Habil Haciali Hacile Hadassa Hadassah Hadda
Haddi Haddur Haddý Haden Hadi Hadicha Hadija Hadithi Hadiza Hadjer Hadley Hadrey Hadrien Hafberg
Hafbjörg Hafborg Hafdís Hafey Hafgrímur Hafiz Hafliða Hafliði Haflína Hafnar Hafni Hafný Hafrós
Hafrún Hafsa Hafsat Hafshah Hafsteina Hafsteinn Hafþór Hafþóra Hafıza Hagalín Hagbarður Hagbert
Hagen Haiba Haiden Hailee Hailey Hailie Hairyanto Hajnalka Hajo Hakan Hakeem Haki Hakikat Hakim Hal
Halbert Hale Haleigh Halenur Haley Hali Halid Halidun Halie Halil Halim Halima Halina Halisi Haliye
Hall Halla Hallbera Hallberg Hallbjörg Hallbjörn Hallborg Halldís Halldór Halldóra Halle Halley
Hallfreður Hallfríður Hallgarður Hallgeir Hallgerður Hallgils Hallgrímur Hallgunnur Hallie Hallkatla
Hallkell Hallmann Hallmar Hallmundur Hallný Hallrún Hallsteinn Hallur Hallvarður Hallveig Hallvör
Hallþór Halsey Haluk Halyna Ham Hamar Hami Hamid Hamilton Hamima Hamis Hamish Hamisi Hamiyet Hamp
Hampton Hampus Hamsini Hamza Hamzah Hana Hanako Hanbiken Handy Hanedan Hani Hania Hanife Hanim Hanja
Hank Hanna Hannabel Hannah Hannchen Hanne Hanne-Lore Hannele Hannelore Hannes Hanney Hanni Hannibal
Hanno Hanns Hannu Hanny Hanora Hans Hans-Adolf Hans-Albert Hans-Bernd Hans-Christian Hans-Detlef
Hans-Dieter Hans-Dietrich Hans-Eberhard Hans-Erich Hans-Friedrich Hans-Georg Hans-Gerd Hans-Gerhard
Hans-Günter Hans-Günther Hans-Heinrich Hans-Helmut Hans-Henning Hans-Herbert Hans-Hermann
Hans-Hinrich Hans-Joachim Hans-Jochen Hans-Josef Hans-Jörg Hans-Jürgen Hans-Karl Hans-Ludwig
Hans-Martin Hans-Michael Hans-Otto Hans-Peter Hans-Rainer Hans-Rudolf Hans-Theo Hans-Ulrich Hans-Uwe
Hans-Walter Hans-Werner Hans-Wilhelm Hans-Willi Hans-Wolfgang Hansa Hansel Hansford Hansgeorg
Hansjoachim Hansjörg Hansjürg Hansjürgen Hanson Hanspeter Hansruedi Hanss Hansueli Hansultan Hansína
Haralamb Haralambie Harald Haraldur Harambee Harbinaz Hardana Harden Hardi Hardie Hardik Hardin
Harding Hardy Hari Harijs Harimurti Harinakshi Harini Haris Harish Harita Hariz Harja Harjasa
Harjaya Harjo Harl Harlan Harland Harlen Harlene Harley Harlie Harlon Harlow Harm Harman Harmon
Harnail Harol Harold Haroldo Haron Harpa Harper Harrell Harri Harrie Harriet Harriett Harriette
Harris Harrison Harro Harrold Harry Harrý Harsana Harsanto Harsaya Harsh Harshil Hart Hartaka
Hartana Hartley Hartmann Hartmut Hartmuth Harto Hartvig Hartwell Hartwig Haruka Haruko Harun Haruna
Harve Harvey Harvie Harvy Hasan Hasbek Hasel Hasgül Hashiki Hasim Haskell Hasna Hasret Hassan Hassie
Hasso Hasta Hatem Hatice Hatima Hatin Hattie Hauksteinn Haukur Haukvaldur Hauwa Hauður Hava Havali
Havrylo Havse Hawa Hawehindi Hayali Hayat Hayden Haydée Hayel Hayes Haylee Hayleigh Hayley Haylie
Hayret Hayrünnisa Hays Hayward Haywood Hazeem Hazel Hazelle Hazen Hazine Hazle Hazrat Heather Heba
Heber Hebert Hector Hedda Hedi Hedvig Hedviga Hedvika Hedwig Hedy Hedí Hege Heide Heide-Marie
Heidelinde Heidelore Heidemarie Heiderose Heidi Heidrun Heidy Heike Heikir Heikki Heiko Heilmóður
Heimir Heimo Heiner Heinfried Heini Heino Heinrekur Heinrich Heinz Heinz-Dieter Heinz-Georg
Heinz-Gerd Heinz-Günter Heinz-Günther Heinz-Joachim Heinz-Josef Heinz-Jürgen Heinz-Otto Heinz-Peter
Heinz-Walter Heinz-Werner Heinz-Wilhelm Heinz-Willi Heisi Heitor Heiða Heiðar Heiðarr Heiðberg
Heiðbert Heiðbjörg Heiðbjörk Heiðbjört Heiðbrá Heiðdís Heiðlaug Heiðlindur Heiðlóa Heiðmann Heiðmar
Heiðmundur Heiðný Heiðrekur Heiðrós Heiðrún Heiður Heiðveig Hekima Hekime Hekla Hekmet Hektor
Helaine Helan Heleen Helen Helena Helene Helfried Helga Helge Helgi Heli Helinä Heliodoro Hella
Helle Hellen Hellena Hellevi Hellmut Hellmuth Helma Helmar Helmer Helmi Helmtrud Helmut Helmuth
Helmút Heloisa Heloise Heloísa Helvi Helyn Helén Heléne Helēna Hema Hemal Hemang Hemangini Hemani
Hemi Hemmert Hence Henderson Hendra Hendri Hendrik Hendrikka Henery Henife Henk Henna Hennadiy
Henner Henni Hennie Henning Henny Henný Henretta Henri Henric Henrich Henricus Henrieta Henrietta
Henriette Henrik Henrika Henrike Henrikki Henriks Henrique Henry Henryk Henríetta Henrý Heorhiy Hera
Heracleea Heraclio Heraldo Herb Herbert Herberto Herbjörg Herbjörn Herbjört Herborg Herdis Herdís
Herfinnur Herfríður Hergeir Hergerður Hergill Hergils Heribert Heriberto Herjólfur Herlaug Herlaugur
Herleifur Herlinda Herlinde Herluf Herma Herman Hermanis Hermann Hermann-Josef Hermanni Hermelinda
Hermenegildo Hermes Hermina Herminda Hermine Herminia Herminio Hermon Hermundur Hermína Hermóður
Hernan Hernando Herney Hernán Herrmann Herschel Hershel Hershell Hersilía Hersir Hersteinn Hersveinn
Herta Hertha Heru Hervar Hervarður Hervey Hervin Hervé Hervör Herwig Heryanto Herþrúður Hesbon
Hessie Hester Hesti Hettie Hetty Heva Heyvetullah Heyward Hezekiah Hezniye Hezron Hezzie Hicham
Hicran Hidaya Hidde Hideki Hideo Hidir Hilah Hilal Hilario Hilary Hilaríus Hilayda Hilbert Hilda
Hildah Hildar Hildburg Hilde Hildegard Hildegarde Hildegart Hildegund Hildegunde Hildibergur
Hildibjörg Hildibrandur Hildigeir Hildigerður Hildiglúmur Hildigunnur Hildimar Hildimundur Hilding
Hildingur Hildir Hildiríður Hildisif Hildiþór Hildred Hildur Hilkka Hillard Hillary Hillery Hillevi
Hilliard Hilma Hilmar Hilmer Hilmir Hilton Hiltraud Hiltrud Himawan Himinbjörg Himri Hind Hindal
Hinet Hinewai Hinrich Hinrik Hinrika Hinrikka Hipólito Hiral Hiram Hiroshi Hitesh Hiçsönmez Hjallkár
Hjalmar Hjalmer Hjalta Hjalte Hjaltey Hjalti Hjarnar Hjálmar Hjálmdís Hjálmey Hjálmfríður Hjálmgeir
Hjálmgerður Hjálmrós Hjálmrún Hjálmtýr Hjálmur Hjálmveig Hjálmþór Hjördis Hjördís Hjörfríður
Hjörleif Hjörleifur Hjörný Hjörtfríður Hjörtur Hjörtþór Hjörvar Hlaðgerður Hleiðar Hlib Hlini
Hljómur Hlynur Hlédís Hlégestur Hlér Hlíf Hlífar Hlín Hlíðar Hlíðberg Hlökk Hlöðmundur Hlöður
Hlöðvarður Hlöðver Hnefill Hnikar Hnikarr Hoani Hobart Hobert Hobson Hocine Hodari Hoke Holden
Holgeir Holger Holli Hollie Hollis Holm Holmes Holti Homer Homero Honora Honoré Hoover Horace
Horacio Horatio Hordiy Horea Horia Horst Horst-Dieter Horst-Günter Horst-Peter Hortencia Hortense
Hortensia Hortenzia Horton Horymír Hosea Hosie Hosteen Houcine Houda Howard Howell Hoy Hoyt Hoàng
Hoşkadem Hrafn Hrafna Hrafnar Hrafnbergur Hrafnborg Hrafndís Hrafney Hrafngerður Hrafnheiður
Hrafnhildur Hrafnkatla Hrafnkell Hrafnlaug Hrafntinna Hrafntýr Hrannar Hrappur Hraunar Hraundís
Hredhaan Hrefna Hreggviður Hreimur Hreindís Hreinn Hreiðar Hreiðmar Hringur Hritik Hrollaugur
Hrolleifur Hrund Hrvoje Hryhoriy Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói Hrólfdís Hrólfur
Hrómundur Hróðgeir Hróðmar Hróðný Hróðvar Hróðólfur Hrönn Hrútur Huban Hubbard Hubert Hubertine
Hubertus Hudavent Hudson Huey Hugberg Hugbjörg Hugbjört Hugborg Hugdís Hugh Hughes Hughey Hughie
Hugi Huginn Hugleikur Hugljúf Hugo Hugrún Hugues Huguette Hugó Huia Huld Hulda Huldah Huldar Huldrún
Huldís Humaira Humaiya Humayra Humberto Humoyun Humphrey Hunalp Hung Hunor Hunt Hunter Hurbert
Hurican Hurley Hurşide Hussein Huston Huxley Huy Huzaifa Huzuri Hvannar Hvönn Hyltir Hylur Hyman
Hymen Hynek Hyrum Hákon Hákonía Háleygur Hálfdan Hálfdán Hámundur Hárekur Hárlaugur Hásteinn Hávar
Hávarr Hávarður Håkan Håkon Håvard Hængur Hænir Héctor Héloïse Hélène Héðinn Híram Hólm Hólmar
Hólmbert Hólmbjörg Hólmdís Hólmfastur Hólmfríður Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór
Hóseas Hödd Högna Högni Hörn Hörður Höskuldur Höður Húbert Húgó Húmi Húnbjörg Húnbogi Húndís
Húngerður Húni Húnn Húnröður Hüda Hükümdar Hülya Hümeyra Hürdoğan Hürmet Hüryaşar Hürüyet Hüseyin
Hüseyn Hüseynqulu Hüsmen Hüsnühâl Hıfzullah Iacob Iain Ian Iancu Ianis Iara Iasmina Ibaad Iben Ibeth
Ibidapo Ibironke Ibn Ibolya Ibraaheem Ibraheem Ibrahim Ibrani Ibrohim Ibun Ibán Ica Icey Icha Icie
Icy Ida Idabelle Idamae Idda Ide Idell Idella Idika Idrees Idris Idriz Idun Idık Ieremia Iesa Iesha
Ieshia Ieva Ifa Ifeanyi Ifechukwu Ifeoma Ifora Iftikhaar Iftikhar Ifunanya Ige Ignace Ignacia
Ignacio Ignacy Ignas Ignatius Ignaty Ignatz Ignaz Ignazio Ignác Ignė Igor Igors Ihab Ihaia Ihnat
Ihor Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtsham Iida Iiris Iisakki Ijaya Ijli Ika Ikbal Ike
Ikenna Ikeoluwa Iker Ikhlaas Ikhsan Ikin Ikraam Ikram Ikramah Ikrimah Ikshita Ila Ilah Ilan Ilari
Ilaria Ilarie Ilarion Ilda Ildefonso Ildiko Ildikó Ildız Ileana Ilene Ilenia Ilga Ilgı Ilhan Iliana
Ilias Ilie Ilija Ilinca Ilir Ilja Ilka Ilkka Illa Illugi Illya Ilma Ilmari Ilmur Ilmārs Ilo Ilona
Ilonka Ilsa Ilse Ilya Ilyas Ilyes Ilze Ima Imam Imane Imani Imanol Imants Imany Imara Imaran Imelda
Imene Imer Imke Immaculate Immanuel Immanúel Immo Immý Imo Imogen Imogene Imona Imran Imre Imrich
Imron Ina Inaya Inda Indah Indali Indi Indiana Indie Indira Indra Indrajit Indrek Indriði Indriķis
Indrė Indy Indía Indíana Indíra Ine Inell Ines Inese Ineta Inez Infant Ing-Britt Ing-Marie Inga
Inga-Britt Inga-Lill Ingalill Ingberg Ingbert Ingdís Inge Ingeborg Ingeburg Ingegerd Ingegärd Ingela
Ingelise Ingelore Ingemar Inger Ingetraud Ingetraut Ingey Ingheiður Inghildur Ingi Ingiberg
Ingibergur Ingibert Ingibjartur Ingibjörg Ingibjörn Ingibjört Ingiborg Ingifinna Ingifríður
Ingigerður Ingilaug Ingileif Ingileifur Ingilín Ingimagn Ingimar Ingimaría Ingimunda Ingimundur
Ingiríður Ingirós Ingisól Ingivaldur Ingiveig Ingiþór Ingjaldur Ingmar Ingo Ingolf Ingram Ingrid
Ingrida Ingried Ingrún Ingrīda Inguna Ingunn Ingvaldur Ingvar Ingveldur Ingvi Ingólfur Ingþór
Inioluwa Inka Inken Inkeri Inmaculada Inna Innocent Innokenty Inocencio Insa Inta Intan Inès Inés
Inês Ināra Ioan Ioana Ioanina Ioannis Iola Iolanda Ion Iona Ione Ionel Ionela Ionelia Ionică
Iosefina Iosif Ipat Ipaty Ippazio Ippolit Ira Iraida Irakly Irena Irene Iretioluwa Irfan Iriana
Iridenta Iridian Irina Irine Irinel Irja Irl Irma Irmantas Irmela Irmeli Irmengard Irmgard Irmhild
Irmi Irmingard Irmtraud Irmtraut Irmtrud Irmý Irnanto Irpa Irsad Irungu Irva Irven Irvin Irvine
Irving Irwan Irwin Irya Iryna Irène Irén Iréne Irēna Irıs Isa Isaac Isaack Isaak Isabel Isabela
Isabell Isabella Isabelle Isabelly Isac Isack Isadora Isadore Isai Isaiah Isaias Isak Isaline Isam
Isamar Isaque Isaura Isay Isaya Isaías Ise Iseoluwa Isfandiyor Isha Ishaan Isham Ishani Ishanvi
Ishita Ishmael Ishola Ishwar Isiah Isidor Isidora Isidore Isidoro Isidro Isis Isla Islom Ismael
Ismail Ismaël Ismet Ismo Ismoil Ismık Isobel Isolde Isolina Isom Isreal Issa Issac Issack Issi
Istvan István Ita Itanya Ituri Itzel Itziar Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina
Iustinian Iva Ivah Ivan Ivana Ivanka Ivanna Ivano Ivar Ivars Iver Iverson Iveta Ivette Ivey Ivica
Ivie Ivka Ivo Ivona Ivone Ivonne Ivor Ivory Iván Iwan Iwo Iwona Iya Iyabode Iyadunni Iyana Iyanna
Iymona Iza Izaaz Izabela Izabella Izabelle Izabelė Izaiah Izayah Ize Izetta Izidor Izmail Izola
Izora Izot Iztok Izyaslav Iða Iðunn Iñaki Iľja Işin Işıkay Işıman Işın Jaabir Jaafar Jaak Jaakko
Jaan Jaana Jaanus Jabal Jabari Jabbaar Jabbar Jabez Jabir Jabr Jabulani Jacalyn Jace Jacek Jacey
Jacinta Jacintha Jacinto Jack Jackeline Jacki Jackie Jackline Jacklyn Jacky Jaclyn Jacob Jacobine
Jacobo Jacobus Jacoby Jacopo Jacque Jacquelin Jacqueline Jacquelyn Jacques Jacquez Jacquline
Jacqulyn Jad Jada Jaden Jader Jadiel Jadon Jadranka Jadwiga Jadyn Jaeda Jaeden Jael Jaelyn Jaelynn
Jaeman Jafar Jafet Jaffer Jaga Jagapati Jagaraga Jagat Jagdish Jagger Jagrati Jagvi Jahangir
Jahanzeb Jahdami Jahdari Jaheem Jaheim Jahi Jahiem Jahir Jahiz Jahm Jahongir Jai Jaida Jaiden Jaider
Jaidyn Jail Jailene Jailyn Jaiman Jaime Jaimee Jaimie Jair Jairaj Jairo Jairus Jais Jajuan Jaka
Jakayla Jake Jaki Jakob Jakobe Jakobs Jakobína Jakop Jakov Jakub Jalaal Jalal Jaleel Jalees Jaleesa
Jalen Jalia Jalil Jalisa Jalissa Jaliyah Jalmari Jalol Jalon Jalsa Jalyn Jalynn Jamaal Jamal Jamalia
Jamar Jamarcus Jamari Jamarion Jame Jameel Jamel James Jameson Jamey Jami Jamie Jamie-Lee
Jamie-Leigh Jamil Jamila Jamin Jamir Jamison Jamiya Jammie Jamshid Jamya Jan Jan-Erik Jan-Olof
Jan-Peter Jana Janae Janaki Janani Janay Jane Janeen Janel Janell Janelle Janene Janessa Janet
Janeta Janeth Janett Janetta Janette Janey Janez Jangwa Jani Janiah Janic Janice Janick Janie Janik
Janin Janina Janine Janis Janiya Janiyah Janja Jankat Janko Jann Janna Janne Janneth Jannette Janni
Jannie Jannik Jannika Jannis Jano Janos Janosch Januja Janus Janusz Janya Janyce Japhet Japheth
Jaquan Jaquelin Jaqueline Jaquez Jara Jarad Jared Jaren Jaret Jarett Jari Jarkko Jarl Jarlath
Jarleth Jarmila Jarmo Jarne Jarno Jarod Jarolím Jaromír Jaromíra Jaron Jaroslav Jaroslava Jaroslaw
Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jaruthip Jaruwan Jarvis Jarwa Jarwadi Jarwi Jarún
Jarþrúður Jase Jasen Jasiah Jasin Jasiri Jaslene Jaslyn Jasmani Jasmijn Jasmin Jasmina Jasmine
Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasna Jason Jasper Jasur Jaswadi Jati Jatin Jatmiko Jaunita
Javan Javen Javi Javier Javiera Javion Javohir Javon Javonte Jax Jaxen Jaxon Jaxson Jaxton Jay Jaya
Jayadi Jayce Jaycee Jaycie Jaycob Jayda Jaydan Jayde Jayden Jaydin Jaydon Jaye Jayeng Jayla Jaylah
Jaylan Jaylee Jayleen Jaylen Jaylene Jaylin Jaylinn Jaylon Jaylyn Jaylynn Jayme Jaymes Jayne Jayson
Jayvion Jayvon Jazlene Jazlyn Jazlynn Jazmin Jazmine Jazmyn Jazmyne Jazmín Jaël Jean Jean-Baptiste
Jean-Charles Jean-Christophe Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc
Jean-Marie Jean-Michel Jean-Paul Jean-Philippe Jean-Pierre Jean-Pol Jean-Yves Jeana Jeane Jeanetta
Jeanette Jeanie Jeanine Jeanmarie Jeanna Jeanne Jeannette Jeannie Jeannine Jeannot Jeanny Jeb Jebet
Jecinta Jed Jedediah Jedidah Jedidiah Jeet Jeevika Jef Jeferson Jeff Jefferey Jefferson Jeffery
Jeffie Jeffrey Jeffry Jefri Jeison Jeisson Jekaterina Jelagat Jelani Jele Jelena Jelita Jelka Jelle
Jelte Jemal Jemima Jemimah Jemma Jemutai Jena Jenaro Jenel Jenelle Jenetta Jenifer Jeniffer Jenilee
Jenipher Jenna Jennette Jenni Jennie Jennifer Jenniffer Jennings Jenny Jenný Jens Jens-Peter
Jens-Uwe Jensen Jensína Jente Jenő Jep Jepchirchir Jepchumba Jepkemoi Jepkoech Jepkorir Jepkosgei
Jeppe Jeptha Jeptoo Jerad Jerald Jeraldine Jeramiah Jeramie Jeramy Jere Jered Jerel Jereme Jeremey
Jeremi Jeremiah Jeremias Jeremie Jeremy Jeremías Jerguš Jeri Jerica Jerilyn Jerilynn Jerimiah Jerimy
Jerker Jermain Jermaine Jerman Jermey Jermiah Jernej Jerneja Jerod Jeroen Jerold Jerome Jeromy
Jeronimo Jerono Jerop Jerotich Jerrad Jerrel Jerrell Jerri Jerrica Jerrie Jerrilyn Jerrod Jerrold
Jerry Jerson Jerusha Jeruto Jeryl Jerzy Jerónimo Jerôme Jes Jesca Jesenia Jesica Jesper Jess Jesse
Jessee Jessenia Jessi Jessica Jessie Jessika Jessy Jessye Jessý Jesus Jesusa Jesús Jet Jethro Jetmir
Jeton Jett Jetta Jettie Jevgeni Jevon Jewell Jezups Jhalak Jhan Jhoan Jhoana Jhon Jhonatan Jhonny
Jhony Jie Jil Jiles Jill Jillian Jim Jimena Jimmie Jimmy Jina Jinawi Jindra Jindřich Jindřiška Jing
Jinjuta Jinnie Jinthe Jip Jiri Jitka Jitrin Jiřina Jiří Joachim Joacim Joakim Joan Joana Joanie
Joann Joanna Joanne Joannes Joao Joaquim Joaquin Joaquina Joaquín Joash Job Jobe Jobst Jocelyn
Jocelyne Jocelynn Jochem Jochen Jochum Jodi Jodie Jody Joe Joel Joell Joella Joelle Joellen Joep
Joerg Joeri Joeseph Joesph Joetta Joette Joey Joffrey Johan Johana Johann Johanna Johannah Johanne
Johannes Johans Johathan John Johnathan Johnathon Johney Johnie Johnna Johnnie Johnny Johnpaul
Johnson Johnstone Johny Joi Joke Joko Jokūbas Jolana Jolanda Jolanta Jolanthe Joleen Jolene Jolette
Jolie Jolien Jolijn Jolina Joline Jolán Jon Jona Jonah Jonas Jonatan Jonathan Jonathon Jonell Jones
Joni Jonna Jonnie Jonny Jono Jonás Jonáš Joojo Joona Joonas Joonatan Joost Joppe Joram Joran Jordana
Jorden Jordi Jordin Jordon Jordy Jordyn Jordán Joren Joretta Jorge Joris Jorja Jorma Jorn Jort
Jorunn Jory Jorūnė Jos Jose Josef Josefa Josefiina Josefin Josefina Josefine Josefita Joselin
Joseline Joseluis Joselyn Josep Joseph Josepha Josephat Josephina Josephine Josephus Josette Josh
Joshua Joshuah Josiah Josiane Josianne Josie Josiephine Josip Josipa Joslyn Joso Josphat Josphine
Josse Jossie Jost Josua Josue Josué Josy José Josée Joséphine Jouko Jouni Journey Jovan Jovana
Jovani Jovanni Jovanny Jovany Jovina Jovita Joyce Joycelyn Joye Joyline Jozef Jozefína Jozo João Joé
Joël Joëlle Joško Jožef Jožefa Jožica Jua Juan Juana Juanita Juanito Judah Judd Jude Judi Judie
Judit Judita Judith Judson Judy Judyth Juelz Juergen Juha Juhana Juhani Juho Jukka Jule Jules Juli
Julia Julian Juliana Juliane Juliann Julianna Julianne Julie Julie-Anne Julien Julienne Juliet
Julieta Julieth Juliette Julija Julijana Julio Julious Julisa Julissa Julita Julius Juliusz Julián
Juluis Juma Jumaane Jumadi Jumari Jun Juna Juni Junia Junie Junior Junious Junius Juozas Juraj Jure
Jurgen Jurgita Juri Jurij Juris Jurre Jussi Justas Justen Justin Justina Justinas Justine Justiniani
Justo Juston Justus Justyn Justyna Justína Jusuf Jutta Juul Juulia Juuso Juvenal Juwan Juwon Jyoti
Jyrki Jytte Ján János Járnbrá Járngerður Járngrímur Játgeir Játmundur Játvarður Jázmin Jérémie
Jérémy Jérôme Jéssica Jóa Jóakim Jóann Jóanna Jódís Jóel Jófríður Jóhann Jóhanna Jóhannes Jói Jólín
Jómar Jómundur Jón Jóna Jónanna Jónar Jónas Jónasína Jónatan Jónbjörg Jónbjörn Jónbjört Jóndís
Jóndór Jóndóra Jóney Jónfríður Jóngeir Jóngerð Jónheiður Jónhildur Jóninna Jónmundur Jónný Jónsteinn
Jónída Jónína Jóný Jónþór Jóra Jórlaug Jórunn Jóríður Jósafat Jósavin Jósebína Jósef Jósefín
Jósefína Jósep Jósteinn Jósúa Jóvin Józef József Jökla Jökull Jökulrós Jörfi Jörg Jörg-Peter Jörgen
Jörgína Jörmundur Jörn Jörri Jörundur Jörvar Jörvi Jørgen Júdea Júdit Júlia Július Júlí Júlía Júlían
Júlíana Júlíanna Júlíetta Júlírós Júlíus Júní Júnía Júníana Júníus Júrek Jürg Jürgen Jüri Jānis
Jāzeps Jēkabs Jēkaubs Jędrzej Jūla Jūle Jūlija Jūlijs Kaamil Kaan Kaaren Kaarina Kaarlo Kaashif Kaat
Kaazim Kabeer Kabir Kabiru Kacey Kachela Kaci Kacie Kacper Kacung Kacy Kada Kade Kadeem Kaden
Kadence Kader Kadijah Kadin Kadir Kadri Kadyn Kadınana Kaeden Kael Kaela Kaelyn Kaelynn Kafeel
Kahina Kahir Kahlil Kahu Kahurangi Kai Kai-Uwe Kaia Kaiden Kaija Kaila Kailee Kailey Kailyn Kaique
Kairav Kaisa Kaiser Kaitlin Kaitlyn Kaitlynn Kaiya Kaj Kaja Kajen Kajetan Kajji Kajsa Kajus Kakali
Kaktus Kala Kalbi Kaldi Kale Kaleb Kaleem Kaleema Kaleena Kaleigh Kalel Kalen Kalene Kalervo Kalevi
Kaley Kalgay Kali Kalie Kalim Kalina Kaliyah Kalla Kalle Kallie Kallistrat Kalman Kalmann Kalmar
Kalpit Kaltrina Kaluwa Kalvin Kalyn Kamal Kamala Kamar Kamari Kamaria Kamau Kambali Kamden Kameron
Kami Kamidin Kamiel Kamil Kamila Kamilah Kamilla Kamilly Kamma Kamolchanok Kamora Kamran Kamren
Kamron Kamryn Kamya Kamí Kana Kanak Kanda Kandace Kandef Kandi Kandice Kandy Kane Kanesha Kani Kania
Kanini Kanisha Kanpulat Kanye Kaombwe Kaori Kapagan Kapitola Kapiton Kaprasíus Kapítóla Kara
Karaamat Karabaş Karaca Karaer Karakucak Karam Karama Karan Karanbay Karani Karanja Karataş Karcan
Kardelen Kardi Kareem Kareen Karel Karen Kari Karie Karim Karima Karimah Kariman Karimi Karin Karina
Karine Karis Karissa Karitas Kariuki Karja Karkur Karl Karl-August Karl-Dieter Karl-Erik Karl-Ernst
Karl-Friedrich Karl-Georg Karl-Hans Karl-Heinrich Karl-Heinz Karl-Hermann Karl-Josef Karl-Jürgen
Karl-Ludwig Karl-Otto Karl-Peter Karl-Werner Karl-Wilhelm Karla Karlee Karlene Karles Karley
Karlfried Karlheinz Karli Karlie Karlijn Karlinna Karlo Karlotta Karlukhan Karly Karlína Karlīna
Karma Karman Karmen Karna Karol Karola Karolien Karoliina Karolin Karolina Karoline Karolis Karolyn
Karolína Karon Karp Karren Karri Karrie Karsa Karsana Karson Karsten Karsyn Karta Karter Kartika
Karvel Karya Karyl Karyme Karyn Karí Karín Karína Karítas Karó Karólín Karólína Kasam Kasandra Kasen
Kasey Kash Kashan Kashangaki Kashif Kashish Kashvi Kasie Kasim Kasimir Kasiran Kasiyah Kaskazi Kason
Kaspar Kaspars Kasper Kassandra Kassidy Kassie Kassim Kastriot Kastíel Kasusra Kasyan Kata Katalin
Katalina Katana Katariina Katarina Katarzyna Katarína Katarínus Katarīna Katcha Kate Katelijne
Katelin Katelyn Katelynn Katerina Katerine Katerína Kateřina Kathaleen Katharina Katharine Katharyn
Katherin Katherina Katherine Katherinne Kathern Katheryn Kathey Kathi Kathie Kathinka Kathleen
Kathlene Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katica Katie
Katie-Louise Katina Katinka Katja Katla Katleen Katlin Katlyn Katlynn Kato Katri Katrien Katriina
Katrijn Katrin Katrina Katrine Katriona Katrín Katrína Katrīna Kattie Katty Katy Kató Katý Kauko
Kauri Kauthar Kaver Kavon Kavurt Kavya Kawaca Kawaya Kawkab Kawthar Kay Kay-Uwe Kaya Kayagün Kaycee
Kayden Kaydence Kaye Kaygusuz Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley
Kayli Kaylie Kaylin Kaylyn Kaylynn Kayrabay Kaysan Kayson Kayun Kayıt Kazi Kazim Kazimierz Kazimir
Kazimír Kazuko Kazuo Kazuya Kazım Kaðlín Kaşif Keagan Kealan Keandre Keanna Keano Keanu Keara Keaton
Kecia Keegan Keelan Keeley Keely Keena Keenan Keenen Keesha Keeva Kefser Kegan Keifer Keijo Keila
Keion Keira Keisha Keith Keji Kelan Kelby Kelcie Keld Kelechi Keli Kelis Kellan Kellee Kellen Kelley
Kelli Kellie Kelly Kelly-Anne Kelly-Marie Kellý Kelsea Kelsey Kelsi Kelsie Kelton Kelvin Kelâmi Kem
Kemal Kemba Kemboi Kemuma Kemunto Ken Kenan Kenari Kendal Kendall Kendell Kendra Kendrick Kenedy
Kenes Keneth Kenia Kenichi Kenisha Kenji Kenley Kenn Kenna Kennard Kennedi Kennedy Kennet Kenneth
Kenney Kennith Kennth Kenny Kenter Kenth Kenton Kenyangi Kenyatta Kenyon Kenza Kenzie Kenzo Keon
Keran Keri Kerim Kerime Kerman Kermit Kerri Kerrie Kerry Kerstin Kerttu Kerubo Kerwin Kesha Keshaun
Keshawn Keshia Kete Ketilbjörg Ketilbjörn Ketilfríður Ketill Ketilríður Kevan Keven Kevin Kevon Keya
Keyaan Keyla Keyon Keyshawn Kezban Kezia Keziah Khaalid Khaan Khadidja Khadija Khadijah Khaled
Khalid Khalil Khalilah Khamani Khamisi Khanyisile Khari Khariton Kharlampy Khiry Khloe Khoa Khoma
Khristofor Khrystyna Kia Kiaan Kiah Kian Kiana Kiandra Kianna Kiano Kiapo Kiara Kiaran Kiarie Kiarra
Kibafupia Kibar Kibet Kibibi Kiburi Kick Kiddý Kiefer Kiel Kiera Kieran Kiernan Kieron Kierra
Kiersten Kieth Kifaye Kijana Kijani Kike Kikelomo Kiki Kiley Kilian Kiljan Killian Kilonzo Kilían
Kim Kimani Kimanzi Kimathi Kimball Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimberly
Kimbilio Kimeu Kimmo Kimora Kimutai Kimya Kinaya Kindra Kinga Kingston Kinley Kinsey Kinsley Kinte
Kinubi Kinuthia Kinyanjui Kinyua Kiojah Kioko Kip Kipchirchir Kipchumba Kipenzi Kipepeo Kipkemboi
Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno
Kipngetich Kipp Kipras Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptoo Kipyegon Kir Kira Kiramettin
Kirby Kiri Kirill Kirk Kirsi Kirsten Kirsti Kirstie Kirstin Kirstine Kirsty Kirstín Kirt Kirui Kisha
Kisima Kit Kitan Kitti Kittie Kitty Kittý Kiume Kiwara Kiya Kiyasi Kiyoko Kiyoshi Kizzie Kizzy
Kjalar Kjallakur Kjalvör Kjaran Kjartan Kjarval Kjeld Kjell Kjersti Kjetil Kjárr Kjói Klaas Klara
Klas Klaudia Klaudie Klaus Klaus-Dieter Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter
Klaus-Ulrich Klaus-Werner Klavdija Klavdiya Klavdy Klavs Klea Klemen Klemens Klement Klementína
Klemenz Kleópatra Kliment Kloe Klothilde Klyment Kládía Klára Kläre Klængur Knox Knud Knut Knute
Knörr Knútur Kobe Koby Kocabaş Koda Kodchaporn Kody Koech Koen Koenraad Kofi Koggi Kojo Koko
Kolawole Kolbeinn Kolbjörg Kolbjörn Kolbrá Kolbrún Kolby Koldan Koldís Kole Kolfinna Kolfinnur
Kolfreyja Kolgríma Kolgrímur Kolka Kolmar Koloman Kolskeggur Kolten Kolton Kolur Kolviður Koncagül
Kondo Kondrat Kondraty Konguralp Konkordía Konner Konnor Konný Konon Konrad Konradi Konradus Konráð
Konstantin Konstantinos Konstanty Konstantínus Konstanze Konštantín Kopan Kora Koray Korbin
Korbinian Kordell Kordula Korede Korey Kori Korinna Korir Korka Korkmazalp Kormlöð Kormákur Kornel
Kornelia Kornelija Kornelius Kornelía Kornelíus Kornil Kornél Kornélia Kort Kortney Korugan Kory
Kosgei Kosisochukwu Kostyantyn Kotryna Kotuz Kourtney Kovu Koçak Koçkan Koðrán Koşukhan Kraig Kraki
Kreszentia Kreszenz Kriemhild Kris Krish Krisha Krishna Krissy Krista Kristal Kristall Kristan
Kristaps Kristberg Kristbergur Kristbjörg Kristbjörn Kristborg Kristdór Kristel Kristen Kristens
Kristensa Krister Kristers Kristey Kristfinnur Kristfríður Kristgeir Kristgerður Kristi Kristiaan
Kristian Kristiane Kristie Kristien Kristiina Kristijan Kristin Kristina Kristine Kristinn Kristián
Kristiāna Kristjan Kristjana Kristján Kristjón Kristjóna Kristlaug Kristlaugur Kristleifur Kristlind
Kristlín Kristmann Kristmar Kristmundur Kristný Kristof Kristofer Kristoffer Kristopher Kristrós
Kristrún Krists Kristupas Kristvaldur Kristvarður Kristveig Kristvin Kristvina Kristy Kristyn
Kristíana Kristíanna Kristín Kristína Kristóf Kristófer Kristólína Kristýna Kristþór Kristþóra
Krisztina Krisztián Krisztofer Kritika Krišjānis Krišs Krištof Krummi Krysta Krystal Krysten
Krystian Krystin Krystina Krystle Krystyna Kryštof Krzysztof Kría Ksawery Ksenija Kseniya Kuchanua
Kuddusi Kujoe Kujtim Kullervo Kulnun Kumar Kumiko Kumral Kumush Kunaporn Kuncara Kunibert Kunigunda
Kunigunde Kuno Kunta Kunthara Kupriyan Kuria Kurnia Kurt Kurtis Kurunzi Kushtrim Kusiima Kustaa
Kusuma Kutay Kutgün Kutun Kuzma Kveldúlfur Kvetoslav Kvetoslava Květa Květoslava Kwabena Kwadwo
Kwaku Kwamboka Kwame Kwamena Kwasi Kweku Kweli Kwesi Kya Kyalo Kyan Kyano Kyara Kyla Kylah Kylan
Kyle Kylee Kyleigh Kylene Kyler Kylian Kylie Kyllian Kyllikki Kymani Kyosuke Kyra Kyree Kyrie Kyrylo
Kyson Kálmán Kár Kára Kári Károly Kâmil Kâzime Käte Käthe Käthi Kåre Kæja Kévim Kévin Kókó Kópur
Köker Köktaş Könül Kösemen Kübran Künkyi Kürşad Kārlis Kęstutis Kılıçbay Kınel Kırat Kırgız Kısmet
Kıvılcım Kızıl Kızıltunç Laban Labeeb Labib Labinot Labuh Lacey Lachlan Laci Lacie Lacy Lada
Ladarius Laddie Ladimir Ladina Ladislau Ladislaus Ladislav Ladislava Ladli Ladonna Laeeq Laetitia
Lafayette Lafe Lage Lahiah Lahoma Laia Laika Laila Lailah Lailati Laimonis Lainey Laini Laiq Laisha
Laith Lajita Lajlaj Lajos Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha Laksana Laksh Lakshit
Lakshmi Lala Lalita Lalla Lalo Laly Lamar Lamarcus Lambert Lamberto Lameck Lamine Lamont Lamonte Lan
Lana Lanang Lance Landan Landen Lander Landin Lando Landon Landyn Lane Lanette Laney Langalibalele
Langat Langgeng Lani Lanie Lanita Lanjar Lannie Lanny Lantar Laoise Laora Laqeet Laquan Laquita Lara
Lara-Sophie Larae Laraine Laras Larisa Larissa Lark Larkin Laron Larry Lars Lars-Erik Lars-Göran
Lars-Olof Larue Lary Larysa Lascăr Lashanda Lashawn Lashonda Lashunda Lasmanto Lasmono Lasonya Lasse
Lassi Lassie Laswi Laszlo Latanya Latarsha Latasha Lateef Latesha Latif Latifah Latika Latisha
Latonia Latonya Latoria Latosha Latoya Latoyia Latrell Latrice Latricia Latrina Laufar Laufey
Laufheiður Laufhildur Lauga Laugey Laugheiður Laugi Launa Laura Laurance Laure Laureano Laureen
Lauren Laurence Laurene Laurens Laurent Laurenz Lauretta Laurette Lauri Laurian Lauriane Laurie
Laurin Laurina Laurine Lauris Laurita Laurits Lauritz Lauryn Laurynas Laus Laust Lautaro Lavada
Lavanya Lavar Lavelle Lavender Lavenia Lavera Lavern Laverna Laverne Lavina Lavinia Lavon Lavona
Lavonda Lavonia Lavonne Lavr Lavrenty Lavínia Lavīze Lawanda Lawerence Lawrance Lawrence Lawrencia
Lawson Lawton Lawyer Layla Laylah Laylo Layne Layth Layton Lazar Lazaro Laze Laziz Lazzaro Lazăr
Lazım Laçın Laëtitia Laíla Laís Lea Lea-Sophie Leafy Leah Leala Leamon Lean Leana Leander Leandra
Leandro Leaner Leann Leanna Leanne Leano Leart Leatha Leatrice Leda Ledion Ledün Lee Leeann Leela
Leen Leena Leeroy Leesa Leevi Lega Legawa Lei Leia Leider Leidy Leif Leifur Leigh Leighton Leiknir
Leikný Leila Leilani Leire Leisa Leisha Leitha Leiðólfur Lejla Leke Lekha Lela Lelah Leland Lelar
Lelia Lella Lem Lembah Lemma Lemmie Lemon Lempi Lemuel Len Lena Lenah Lenard Lene Leni Lenin Lenka
Lenn Lenna Lennard Lennart Lennarth Lennert Lennie Lennon Lenny Lenon Lenora Lenord Lenore Lenwood
Leo Leocadia Leocadio Leokadia Leola Leoma Leon Leona Leonard Leonardo Leonce Leoncio Leone Leonel
Leonhard Leoni Leonia Leonid Leonidas Leonie Leonor Leonora Leonore Leons Leontin Leontina Leontine
Leontiy Leonty Leontīne Leonóra Leopold Leopolda Leopoldina Leopoldine Leopoldo Leora Leordean Leota
Leoš Lera Lere Leroy Lerze Les Lesa Lesana Lesia Leslee Lesley Lesli Leslie Lesly Less Lessie Lesta
Lester Leszek Leta Letha Lethia Leticia Leticija Letitia Letizia Letta Lettie Letty Letícia Lev Leva
Levar Levente Levern Levi Levie Levin Levina Levis Levko Levon Levoslav Levy Leví Lew Lewis Lex Lexi
Lexie Lexis Lexus Leydi Leyla Leyla-Katharina Leyli Leyre Lezize Leïla Leó León Leóna Leónidas
Leónóra Leópold Lhanzey Lia Liam Lian Liana Liane Lias Liban Libardo Libbie Libby Liberto Libia
Libni Libor Libuša Libuše Liceth Licia Lică Lida Liddie Lidia Lidie Lidija Lidiya Lidwina Lidya
Lieke Lien Liene Liepa Lies Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieselotte Lieve Lieven
Lieze Lige Ligia Ligita Liisa Lila Lilah Lilburn Lili Lilia Lilian Liliana Liliane Lilianna Lilie
Lilija Lilijana Lilita Liliya Lilja Liljana Liljar Liljurós Liljá Lill Lilla Lillard Lillemor Liller
Lilli Lillia Lillian Lilliana Lillianna Lillie Lillis Lilly Lillý Lilo Lilou Lilyan Lilyana Lilyanna
Lilý Lim Liman Limar Limazah Limon Lina Linah Linas Lind Linda Lindah Lindar Lindberg Lindbergh
Linddís Linde Lindell Linden Lindita Lindsay Lindsey Lindy Line Linet Linette Lingný Linh Link Linn
Linna Linnea Linnie Linnéa Lino Linsey Lintang Linton Linus Linwood Linzy Lio Lioara Lioba Lionel
Lipika Liridon Liridona Lirim Lirjan Lisa Lisa-Marie Lisandro Lisanne Lisbet Lisbeth Lise Lise-Lott
Lise-Lotte Liselott Liselotte Liseth Lisette Lish Lisha Lisle Lissa Lissette Lissi Lissie Lissy
Listalín Liston Lita Litha Littie Little Littleton Litzy Liv Liva Livia Livingstone Livio Liviu
Liwia Liya Liyaaqat Liyaqat Liz Liza Lizabeth Lizbeth Lize Lizete Lizeth Lizette Lizz Lizzie Lizzy
Ljiljana Ljubica Ljubisa Ljubov Ljudmila Ljósbjörg Ljósbrá Ljósálfur Ljótunn Ljótur Ljúfur Llewellyn
Lloyd Loan Lockie Loda Lode Lodewijk Lodovico Loek Loes Lofn Loftur Loftveig Logan Logey Logi Lohit
Loice Loida Lois Loise Lokbrá Loke Loki Lola Lolita Lolla Lollie Loma Lon Lona Londisizwe Londiwe
Londyn Lone Loney Longin Loni Lonie Lonna Lonnie Lonny Lonzo Loot Lopa Lope Lora Loraine Loran
Lorayne Lorcan Lore Lorean Loredana Loree Loreen Lorelai Lorelei Loren Lorena Lorene Lorenz Lorenza
Lorenzo Loreto Loretta Loretto Lori Loria Loriann Lorie Lorik Lorin Lorinda Lorine Loring Loris
Lorna Lorne Lorrayne Lorri Lorrie Lossie Lot Lota Lotfi Lothar Lott Lotta Lotte Lotti Lottie Lou
Louana Louane Louann Louanna Louella Louetta Loui Louie Louis Louisa Louise Louisiana Louka Loula
Louna Lourdes Lourenço Lousie Louvenia Lova Lovell Lovett Lovey Lovie Lovina Lovis Lovisa Lovre
Lovro Lovísa Lowe Lowell Lowie Loy Loyal Loyce Loyd Loyola Loïc Loïs Loðmundur Luan Luana Luann
Luanne Luara Luay Luberta Lubomír Luboš Luc Luca Lucas Lucca Luce Lucero Lucetta Lucette Luchezar
Luchino Lucho Lucia Lucian Luciana Luciano Lucie Lucien Lucienne Lucija Lucila Lucile Lucille Lucina
Lucinda Lucindy Lucio Lucious Lucius Lucrecia Lucretia Lucrezia Lucy Lucía Luda Ludger Ludie
Ludivine Ludmila Ludmilla Ludo Ludolf Ludovic Ludovica Ludovico Ludovicus Ludvig Ludvik Ludvík
Ludwig Ludwina Luděk Lue Luej Luella Luena Luetta Lugenia Luhung Luigi Luigia Luigina Luis Luisa
Luisana Luise Luisina Luitgard Luiza Lujza Luka Lukas Lukasz Luke Lukita Lukiya Lukka Lukman Lukyan
Lukáš Lula Lulah Lular Lulie Luljeta Lulla Lulu Luluh Lulut Lulzim Lum Lumír Luna Lundi Lungile
Lunna Lupe Lupita Luqmaan Luqman Lura Lurana Lurena Lurhur Lurline Luster Lut Lute Lutf Lutfan Lutfi
Lutgarde Lutgardis Lutgart Luther Luthfi Lutie Lutz Luuk Luvenia Luverne Luvinia Luwar Luwes Luyanda
Luz Luzia Luzie Luzius Luzmira Luís Luísa Lwandile Lya Lyam Lyda Lydell Lydia Lydiah Lydiane
Lydianne Lydie Lydía Lykke Lyla Lylah Lyle Lyman Lyn Lyna Lynda Lyndia Lyndon Lyndsay Lyndsey
Lynette Lyngar Lyngheiður Lynley Lynn Lynne Lynnette Lynsey Lynwood Lysiane Lyubim Lyubomir
Lyubosmysl Lyubov Lyudmila Lyudmyla Lár Lára Lárensína Lárent Lárentíus Láretta Lárey Lárus László
Lázaro Lâle Læla Lærke Léa Léana Léandre Léane Léna Léo Léon Léonard Léonce Léone Léonie Léontine
Léopold Lér Lía Líba Líf Lífdís Lín Lína Línberg Línbjörg Líndís Líneik Líney Línhildur Líni Lísa
Lísabet Lísandra Lísbet Lísebet Lív Lívia Lóa Lóreley Lórens Lórenz Lúcia Lúcía Lúkas Lúna Lúsinda
Lúsía Lúter Lúther Lúvísa Lúísa Lúðvíg Lúðvík Lúðvíka Lüfen Lütfi Lýdia Lýdie Lýdía Lýtingur Lýður
Lăcrămioara Lėja Lība Līga Līna Līza Lūcija Maahir Maaike Maajid Maalik Maanas Maanav Maaria Maarit
Maarten Maartje Maawiya Maaya Maaz Maazin Mabad Mabel Mabell Mabelle Mable Mac Macarena Macaria
Macario Macarthur Macauley Mace Macel Maceo Macey Macharia Machelle Maci Macide Macie Maciej Mack
Mackenzie Macs Macy Mad Madaha Madalena Madaline Madalyn Madalynn Madani Madara Maddalena Madden
Maddison Maddox Maddux Maddý Made Madeleine Madelene Madelief Madeline Madelyn Madelynn Madge Madhav
Madhavi Madie Madilyn Madilynn Madina Madini Madisen Madisyn Madiyan Madleina Madlen Madlyn Madoa
Madonna Madora Mads Madyan Madyson Mae Maebell Maebelle Maegan Mael Maeva Maeve Mafalda Maftuna
Magali Magalie Magaly Magan Magarete Magda Magdalen Magdalena Magdalene Magdaline Magdaléna Magdolna
Magen Magga Maggey Maggi Maggie Maggy Maggý Magna Magndís Magne Magnea Magnes Magney Magnfríður
Magngeir Magnheiður Magnhildur Magni Magnus Magnús Magnúsína Magný Magnþór Magnþóra Magret Magrit
Magðalena Mahad Mahala Mahali Mahalia Mahalie Mahaz Mahbeer Mahboob Mahbub Mahdee Mahdi Mahdy Maheen
Maher Mahesa Mahfooz Mahfud Mahfuj Mahfuz Mahi Mahigül Mahika Mahir Mahja Mahlon Mahmood Mahmoud
Mahmud Mahmut Mahnaz Mahsun Mahter Mahulena Mai Maia Maicol Maida Maie Maighread Maija Maik Maike
Maiken Maikol Maila Maimuna Maimunah Maina Maingi Maira Maire Mairead Mairin Mairtin Maisa Maisha
Maisy Maite Maitê Maivi Maiya Maj Maj-Britt Maj-Lis Maja Majani Majd Majdi Majdy Majeed Majella
Majken Majvor Makai Makaila Makala Makan Makar Makara Makarena Makau Makayla Makeen Makena Makenna
Makenzie Makhi Makini Makokha Makori Maks Maksim Maksimiljan Maksimilyan Maksur Maksym Maksymilian
Maksüde Makunga Makuta Makuu Mal Mala Malachi Malachy Malak Malakai Malaki Malaya Malcolm Malcom
Male Malea Maleah Malen Malena Malene Malgorzata Malia Maliah Malik Malika Malin Malinda Malio
Malissa Malissie Maliyah Maliza Malla Malle Mallie Mallorie Mallory Malorie Malou Malte Malthe Malu
Malva Malvin Malvina Malvína Malwina Malía Malín Mamadou Maman Mame Mamen Mamie Mammie Mamun Man
Manaaki Manabu Manaf Manah Manaia Manan Manawa Manbir Manca Manda Mandi Mandie Mandla Mandlakhe
Mandy Manel Manerva Manervia Manford Manfred Manfreð Manie Manila Manilla Manja Manley Manly Mannie
Manning Manola Manole Manolo Manon Mansfield Manson Mansurali Mantas Manthan Mantė Manu Manuel
Manuela Manuelita Manuella Manuelle Manus Manya Manúel Manúela Maqsud Mar Mara Mara-Julie Maraea
Maralyn Maranda Maras Marbjörn Marc Marcantonio Marcel Marcela Marcelina Marceline Marcelino Marcell
Marcella Marcelle Marcello Marcellus Marcelo Marchello Marcheta Marci Marcia Marcial Marciano Marcie
Marcin Marcio Marco Marcos Marcu Marcus Marcy Mardell Mardís Mare Maree Mareen Mareike Mareikura
Mareile Marek Mareks Marel Marela Mareli Marella Marely Maren Marese Marey Marfa Marfríður Marga
Margana Margaret Margareta Margarete Margaretha Margarethe Margarett Margaretta Margarette Margarida
Margarita Margarite Margaritha Margarito Margaréta Margaud Margaux Marge Margeir Margene Margeret
Margery Marget Margherita Margie Margit Margita Margitta Margo Margot Margoth Margret Margreth
Margrethe Margrett Margretta Margrieta Margrit Margrith Margrjet Margrét Margrímur Marguerite
Margueritte Margunnur Margurite Margus Marguy Margy Marheiður Mari Maria Maria-Luise Maria-Theresia
Mariadi Mariah Mariam Marian Mariana Mariane Marianela Mariangela Marianita Mariann Marianna
Marianne Mariano Maribel Maribeth Marica Maricel Maricela Maricica Maricruz Marie Marie-Ange
Marie-Anne Marie-Cecilie Marie-Christine Marie-Claire Marie-Claude Marie-France Marie-Françoise
Marie-Hélène Marie-Jeanne Marie-José Marie-Laure Marie-Line Marie-Louise Marie-Luise Marie-Madeleine
Marie-Noëlle Marie-Paule Marie-Pierre Marie-Rose Marie-Sophie Marie-Theres Marie-Therese
Marie-Thérèse Mariechen Marieke Mariel Mariela Mariele Mariella Marielle Marieluise Marietta
Mariette Marija Marijan Marijana Marijke Marijn Marijón Marika Marikó Marilee Marilena Marilla
Marilou Mariluz Marilyn Marilynn Marin Marina Marinda Marine Marinela Marinella Marinette Marini
Marinka Marino Marinus Marinó Mario Marioara Mariola Marion Marisa Marise Marisel Marisela Marisol
Marissa Maristela Marit Marita Maritta Maritza Marius Mariusz Mariya Mariyah Marián Marja
Marja-Leena Marja-Liisa Marjaana Marjan Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona
Marjorie Marjory Marjukka Marjut Marjón Markas Markel Markell Marketta Markita Markku Marko Markrún
Markus Markéta Markó Markús Markþór Marla Marlana Marland Marlaug Marlee Marleen Marleigh Marlen
Marlena Marlene Marleny Marley Marlie Marlies Marliese Marlin Marlis Marlise Marlo Marlon Marly
Marlyn Marlys Marlyse Marlène Marlén Marlín Marlís Marni Marnie Marnita Marnix Marolyn Maron Maroof
Maroš Marques Marquez Marquis Marquise Marquita Marri Marrion Marry Mars Marsa Marsellíus Marselía
Marselína Marsh Marsha Marshall Marsibil Marsilía Marsito Marsudi Marsý Mart Marta Martaka Martana
Martani Marte Marteinn Martell Marten Martez Martha Marthe Marthen Marti Martial Martijn Martika
Martim Martin Martina Martine Martino Martirio Martta Martti Marty Martyan Martyn Martynas Martí
Martín Martína Marusya Maruša Marva Marvel Marvin Marwa Marwata Mary Maryadi Maryam Maryann Maryanne
Maryanto Marybelle Marybeth Maryellen Maryjane Maryjo Marylee Marylin Maryline Marylou Marylouise
Marylyn Marylène Maryna Maryse Maryvonne Marzena Marí María Maríam Marían Maríana Maríanna Marías
Marín Marína Marínella Marínó Maríon Marís Marísa Marísól Marít Maríuerla Maríus Marólína Marý
Masako Masao Masar Masika Masinde Mason Massiel Massimiliano Massimo Massinissa Masume Mat Matas
Mate Matea Matei Matej Mateja Mateo Mateus Mateusz Matevž Math Matheo Matheus Mathew Mathews Mathias
Mathieu Mathijs Mathilda Mathilde Mathis Mathys Mathéo Mathías Mati Matias Matic Matie Matija
Matilda Matilde Matiu Matjaž Mato Matouš Mats Matt Matta Mattea Matteo Matthea Matthew Matthias
Matthieu Matthijs Matthilda Matthildur Matthäus Matthía Matthías Matti Mattia Mattias Mattie Matts
Mattye Mattéo Mattíana Mattías Mattína Mattý Matunda Matvey Matyáš Matéo Matías Matúš Matěj Matīss
Maua Maud Maude Maudie Mauno Maura Maureen Mauri Maurice Mauricette Mauricio Maurilio Maurin Maurine
Maurits Mauritz Maurizio Mauro Maurus Maury Maurycy Maverick Mavie Mavis Mavuno Max Maxence Maxi
Maxie Maxim Maxima Maxime Maximiano Maximilian Maximiliano Maximilien Maximilián Maximillian
Maximino Maximo Maximus Maxine Maxwel Maxwell Maxx Maya Maybell Maybelle Maye Mayerly Maykol Mayme
Maymie Maynard Maynur Mayo Mayra Maysa Mayte Mayya Mazie Mazlum Maël Maëlle Maëlys Maëva Maía Maídís
Maísól Maïté Maşide Maša Maža Mbithi Mboya Mbugua Mburu Mcarthur Mcebisi Mckayla Mckenna Mckenzie
Mckinley Meabh Meadow Meagan Meaghan Mearl Mechelle Mechislav Mechthild Mechthilde Mechtild Mecide
Mecit Meda Medard Media Medina Medora Medėja Meelis Meera Mees Mefarettin Mefharet Mefody Meg Megan
Meggan Megha Meghan Meghana Meghann Mehdi Mehdiqulu Mehdiye Mehin Mehman Mehmed Mehmet Mehmetzahir
Mehrigül Mehrimoh Meibh Meik Meike Meinhard Meinolf Meinrad Meja Mekhala Mekhi Mekkin Mekkinó Mekkín
Mel Melaha Melania Melanie Melanine Melany Melba Melbourne Melchior Melchor Melek Meleknur Melichar
Melihcan Melikkan Melina Melinda Melisa Melissa Melissia Melita Melitta Melker Melkorka Melkíor
Melkólmur Mell Melle Mellie Mellisa Mellissa Melodee Melodie Melonie Melony Melrakki Melrós Melton
Melva Melville Melvin Melvina Melvine Melvyn Melwin Melánia Melûl Memili Mena Menachem Mendy Menfeat
Mengi Mengüç Menişan Mensalder Mentor Meral Merba Mercedes Mercer Merche Mercyline Merdi Mereana
Meredith Merel Meret Merete Merethe Mergim Meriem Merijn Merike Merilyn Merim Merita Merja Merkúr
Merl Merle Merlene Merlin Merlyn Merna Merri Merrie Merrilee Merrill Merrily Merritt Mert Mertel
Mertie Merton Merva Merve Mervi Mervin Mervyn Merwin Mery Meryem Meryeme Meryl Merzuk Meshack
Messiah Messíana Mestur Mesude Mesut Meta Metehan Metha Methúsalem Metin Metinkaya Metka Metod
Metrine Metro Metta Mette Mettie Metúsalem Meveddet Mevlüdiye Mevlüt Mey Meyer Meyhanim Meyransa
Meyvant Mezide Meşhur Mia Miah Micael Micaela Micah Micayla Miceal Micha Michael Michaela Michaele
Michail Michal Michala Michale Michaël Michał Micheal Micheala Michel Michela Michelangelo Michele
Micheletto Michelina Micheline Michell Michelle Michelotto Michial Michiel Michèle Mick Mickael
Mickaël Mickey Mickie Micky Mie Mieke Miel Miesha Mieszko Migdalia Miglė Mignon Miguel Miguela
Miguelangel Miha Mihael Mihaela Mihai Mihail Mihajlo Mihels Mihhail Mihin Mihkel Mihnea Mihrab
Mihriye Mihály Miia Miika Mijo Mik Mika Mikael Mikaela Mikaelína Mikaere Mikaila Mikako Mikal Mikala
Mikalah Mikayla Mikayıl Mike Mikeal Mikel Mikels Mikhail Mikhey Miki Mikjáll Mikkael Mikkalína
Mikkel Mikko Miklós Mikołaj Mikuláš Mikyas Mila Milada Milagros Milan Milana Milas Milay Milburn
Milcah Milda Mildinberg Mildred Mildríður Mile Milen Milena Miles Miley Milford Milica Milissa
Militsa Milka Milkah Milla Millaray Millard Mille Miller Millicent Millie Mills Milly Millý Milo
Milorad Milos Miloslav Miloslava Milota Milou Milovan Miloš Milton Miluše Mily Milán Mima Mimi Mimmi
Mimoza Mimy Min Mina Minda Mindaugas Mindi Mindy Minenhle Miner Minerva Minervia Ming Minh Minibe
Minna Minney Minnie Minný Minodora Minor Minoru Minta Mintie Mio Mioara Miodrag Mir Mira Mirabela
Miran Miranda Miray Mirbadin Mircea Mirco Mirdza Mireia Mireille Mirela Mirella Mireya Miriah Miriam
Miriama Mirian Mirja Mirjam Mirjami Mirjana Mirko Mirlinda Mirna Miro Miron Mirona Mironshoh
Miroslav Miroslava Miroslaw Miroslawa Mirra Mirriam Mirsad Mirta Mirte Mirtha Mirthe Mirtie Miruna
Miryam Misael Mischa Mishat Mislav Misra Missie Missouri Missy Mist Misti Mistie Misty Misuli Mitali
Mitch Mitchel Mitchell Mitchelle Mitesh Mitică Mitofan Mitra Mittie Mituru Mitzi Mitzy Miya Miyesser
Mizhir Miķelis Miłosz Mjalldís Mjallhvít Mjaðveig Mjöll Mjöllnir Mjölnir Mkarkara Mladen Mlungisi
Mnqobi Moa Modena Modest Modesta Modesto Modris Modupe Moe Moesha Mofifoluwa Mogens Mohamad Mohamed
Mohamedi Mohammad Mohammed Mohamud Mohand Mohini Mohinur Mohlaroyim Moira Moises Moisey Moisés Mojca
Mojisola Mojisoluwa Mojmír Mokey Moli Mollie Molly Momanyi Momoko Mona Monalisa Monica Monicah
Monika Monique Monis Monja Monna Monnie Monroe Monserrat Mont Montana Monte Montel Montgomery Montie
Montrell Montserrat Monty Moody Mora Moraa Moradeke Morayo Mordechai Moreen Morena Morenike Moreno
Morgan Morgane Moriah Morine Moritz Morolake Morris Morten Mortimer Morton Mose Moses Moshe Mosi
Mosinmileoluwa Mossie Mosunmola Motunrayo Mouloud Mounir Mourad Moureen Mourib Mourine Moussa Moya
Moyosore Mozell Mozella Mozelle Mrihani Mstislav Mthokozisi Muarra Mubina Mucahit Muchiri Muema
Mueni Mufide Mugambi Mugdha Mugendi Muggur Mugo Mugur Mugurel Muhallil Muhamed Muhamet Muhammad
Muhammadali Muhammadamin Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo
Muhammadsodiq Muhammadsolih Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet
Muharrem Muhazzim Muhima Muhip Muhiye Muhsina Muhyettin Muia Muireann Muiruri Muizza Mujde Mujur
Mukbile Mukhwana Muktedir Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Mumtoz Munda
Mundheiður Mundhildur Mundína Munene Mungai Muni Muninn Munisa Munyao Munyoki Murad Murat Muratcan
Murdock Muriel Murielle Muriithi Murilo Murimi Murithi Muriuki Murl Murod Murphy Murray Murry
Mursalina Mursinin Mursita Murti Musa Musafet Musaffa Musau Musee Musembi Musfira Mushtariy Musila
Muslima Mustafa Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama Muthengi
Muthoka Muthoni Muthui Mutia Mutie Mutinda Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga Muturi
Muvaffak Muvahhide Muxlisa Muxtar Muzaffer Muzayyana Muzdahir Muzdalifa Muzhir Mwamini Mwanajuma
Mwanamisi Mwangangi Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa Mwezi Mwikali Mwiti Mya Myah
Mychal Myer Mykel Mykhaylo Mykhaylyna Mykolay Mykyta Myla Mylee Myles Mylie Mylène Myra Myranda
Myriam Myrkvi Myrl Myrle Myrna Myron Myroslav Myrra Myrta Myrtha Myrthe Myrtice Myrtie Myrtis Mzamo
Mábil Málfríður Málhildur Málmfríður Mánadís Máney Máni Már Mára Márcio Mária Mário Márk Márta
Márton Márus Mátyás Máté Máxima Máximo Märta Märtha Måns Mårten Mégane Mélanie Mélina Mélissa
Mélodie Mía Mías Mímir Mínerva Mír Míra Míranda Mítra Míó Módís Móeiður Móey Móheiður Móna Mónica
Mónika Móníka Móri Móric Mórits Móses Móði Möhsim Mörk Mörður Múli Mübariz Mübetcel Mücellib
Mücevher Müferrih Müfit Müjde Mükramin Mükrüme Mülayim Mülâyim Mümtaz Mümtaze Münezzer Münif Müret
Mürit Müsemma Müslum Müslüm Müveddet Müzekker Müğber Müşkünaz Müşüre Mýr Mýra Mýrkjartan Mýrún Māra
Māris Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Naadir Naail Naajy Naasih Naasir
Naathim Naazhim Nabeeh Nabeel Nabhan Nabigh Nabih Nabil Nabila Nacer Nachiket Nacho Nacio Nada
Nadeem Nades Nadeschda Nadeshda Nadezhda Nadežda Nadhir Nadia Nadim Nadin Nadine Nadir Nadiya Nadja
Nadr Nadège Nadía Naděžda Nae Naeem Nael Nafasat Nafees Nafesa Nafii Nafile Nafis Nafula Naglis
Nahashon Nahiara Nahla Nahuel Naiara Naib Naide Nail Naim Naima Naimh Naina Nair Naja Najair Najam
Najee Najeeb Najib Najuma Najwa Naki Nakia Nakif Nakip Nakisha Nakita Naksh Nakul Nalar Naliaka
Nallely Nalân Nam Namiq Namon Nan Nana Nanami Nanci Nancie Nancy Nand Nandini Nando Nanette Nanie
Nanjala Nanna Nannette Nanni Nannie Nanný Nansý Naoimh Naoise Naoki Naoko Naom Naoma Naomh Naomi
Naomy Naomí Naoto Napoleon Napoleone Naradi Narcis Narcisa Narciso Narcisse Narcissus Nardi Narfi
Narhanim Narimane Narji Narkis Narıngül Nas Nasab Naser Nash Nashipie Nasiba Nasim Nasir Nasiru
Nasra Nasrullah Nassim Nastja Nasuf Nat Natacha Natalee Natali Natalia Natalie Natalija Natalio
Nataliya Natalja Nataly Natalya Natalía Natan Natanael Nataniel Nataníel Natasa Natascha Natasha
Natasja Natasza Nataša Nate Natella Nath Nathalia Nathalie Nathaly Nathan Nathanael Nathanaël
Nathanial Nathaniel Nathari Nathasha Nathen Natiq Natividad Natosha Nattawun Natália Natálie
Natālija Naud Naum Nautica Naveen Nawal Nayara Nayaret Nayareth Nayeli Nayely Nayfa Nayibe Nayil Naz
Nazar Nazaret Nazario Nazende Nazi Nazim Nazimet Nazir Nazlihan Nazlim Nazlı Nazmi Nazıdil Naël Naïm
Naómí Nağı Ndegwa Nderitu Ndirangu Nduku Ndumiso Ndung'u Ndunge Ndungu Nduta Nea Neal Nealie Nealy
Neasa Nebih Nebiha Nebojsa Necati Necdat Nechifor Necilal Necmettin Necva Ned Nedas Nedda Nedjma
Nedra Needham Neel Neelima Neely Neema Nefaret Nefiye Neftalí Neha Nehemiah Nehip Neider Neil Neill
Neisti Neja Nejc Nejdet Nekesa Nel Nela Nelah Nelcy Nelda Nele Nelia Nelie Nelima Nelio Nell Nella
Nelle Nelli Nellie Nello Nelly Nellý Nels Nelson Nelsy Nelu Nelya Nemanja Nena Nenad Nenna Nenni Neo
Neola Neoma Neppie Neptúnus Neptün Nerea Nereida Neriban Nerijus Nerim Neringa Nermin Nery Nesfe
Nesip Neslinur Neslisah Nesrine Nessa Nestor Neta Nete Netra Netta Nettie Neva Nevada Nevaeh Neval
Neveah Nevenka Nevgin Neville Nevin Nevio Nevise Nevsal Nevsale Newell Newman Newt Newton Neyran
Nezengül Nezihi Nezize Neşrin Neža Ng'ang'a Ngaire Ngamia Nganga Ngari Ngeni Ngigi Ngozi Ngugi Nhiên
Nhlanhla Nia Nial Niall Niamh Niara Nibaldo Nicanor Nicat Niccolò Nichakarn Nichelle Nichifor Nichol
Nichola Nicholas Nicholaus Nichole Nicholus Nick Nicki Nicklas Nicklaus Nickolas Nickson Nicky
Niclas Nico Nicoară Nicodemo Nicodemus Nicodim Nicol Nicola Nicolae Nicolai Nicolaie Nicolaj Nicolas
Nicolasa Nicolaus Nicole Nicoleta Nicoletta Nicolette Nicoline Nicolle Nicolás Nicolò Nicu Niculina
Nidhi Nidia Nidra Niek Niels Nienke Nieves Nifont Nigar Nigel Nigesa Nihad Nihai Nihal Nihan
Niharika Niilo Niina Nik Nika Nikandr Nikanor Nikau Nikhil Niki Nikia Nikifor Nikita Nikki Nikko
Niklas Niklaus Niko Nikodem Nikodim Nikol Nikola Nikolai Nikolaj Nikolajs Nikolaos Nikolas Nikolaus
Nikolay Nikole Nikolett Nikoletta Nikolina Nikon Nikora Niks Nikulás Nikíta Nikólína Nikša Nil Nila
Nilam Nilcan Nilda Nile Niles Nili Nilima Nilo Nils Nilson Nilufar Nim Nimakoah Nimrat Nina Ninel
Ninetta Ninioluwa Ninja Ninna Ninnie Nino Ninoska Ninthe Nira Niracha Nirgül Nirja Nisa Nisha Nita
Nitara Nitesh Nives Nixon Niyaga Niyaz Niyazi Niyilolawa Niðbjörg Niğmet Njabulo Njagi Njenga Njeri
Njeru Njiru Njogu Njoki Njoroge Njozi Njue Njuguna Njála Njáll Njóla Njörður Nkazimulo Nkiruka
Nnamdi Nneka Noa Noah Noam Nobantu Nobie Noble Nobuhle Noe Noeleen Noelia Noeline Noelle Noemi
Noemie Noemí Nohely Nohora Noirin Nojus Nokulunga Nola Nolan Nolberto Noleen Nolen Nolia Nolie
Nollaig Noma Nomagugu Nomalanga Noman Nomasonto Nomathalente Nomathemba Nomcebo Nomthandazo Nomusa
Nomvula Nona Nonhlanhla Nonie Nonjabulo Nonna Nonni Nonso Noor Noora Noortje Noppakao Nora Norah
Norbert Norberto Norbey Nore Noreen Norene Noreta Noretta Norica Norina Norine Norita Norma Norman
Normand Normann Normunds Norris North Norton Norval Norwood Norðmann Notburga Nothando Noud Nour
Nout Nova Novella Novi Novruz Noxolo Nozibusiso Nozima Nozizwe Noé Noémi Noémie Noël Noëlla Noëlle
Noëmi Nqobizitha Nrima Ntimi Nuala Nubia Nugraha Nuhu Nula Nuno Nunzio Nura Nural Nuran Nuray
Nurbanu Nurcan Nurda Nurdeniz Nuretdin Nurettin Nurey Nurgil Nurhayet Nuri Nuria Nuriat Nuriya
Nuriyet Nurkan Nurlan Nurlana Nurmelek Nurmuhammad Nurseda Nurser Nursim Nurtaç Nurten Nuru Nurul
Nurulla Nurullah Nurveren Nury Nurşan Nutcha Nutkrita Nutwadee Nuyan Nuša Nwabudike Nya Nyaboke
Nyaga Nyah Nyakundi Nyamai Nyambura Nyana Nyanchama Nyasi Nyasia Nyawira Nydia Nyla Nylah Nynke
Nyoka Nyoman Nyongesa Nyoni Nyota Nyree Nyuki Nzioka Nzomo Nádia Nándor Náttmörður Náttsól Náttúlfur
Nélida Néstor Níels Níls Nína Níní Nóa Nóam Nóel Nói Nóni Nóra Nóri Nótt Nóvember Nökkvi Númi Núria
Nübar Nüdret Nürice Nýbjörg Nývarð Oakley Oana Oba Obaid Obdulia Obe Obed Obianuju Obie Obinna
Ocampo Ochieng Ocie Octa Octav Octave Octavia Octavian Octaviana Octavie Octavio Octaviu Octavius
Océane Oda Odalis Odalys Odarka Odd Odda Oddbergur Oddbjörg Oddbjörn Oddfreyja Oddfreyr Oddfríður
Oddgeir Oddgerður Oddhildur Oddi Oddie Oddkell Oddlaug Oddleif Oddleifur Oddmar Oddný Oddrún
Oddsteinn Oddur Oddvar Oddveig Oddvör Oddþór Odelia Odeline Odell Odessa Odette Odhiambo Odhran Odie
Odika Odile Odin Odina Odis Odkanlı Odongo Oduor Odus Oeshi Ofelia Ofeliya Offie Oganer Ogden Ogechi
Ogooluwa Oguş Oisin Oiva Ojas Ojasvi Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okhrim Okoth
Oksana Okseniya Okseven Okta Oktavía Oktavíus Okto Oktyabrina Októ Októvía Októvíus Oktüremiş Okumu
Okyalaz Ola Oladare Oladimeji Olaf Olajumoke Olakunle Olalla Olan Oland Olanrewaju Olansile Olar
Olasunmbo Olav Olavi Olca Oldağ Oldrich Oldřich Ole Oleg Olegario Oleh Oleksa Oleksandr Olen Olena
Olene Oles Oleta Olevia Oley Olfert Olga Olgeir Olgierd Olha Olie Olimpia Olimpiada Olimpian Olimpiu
Olimpy Olin Olinda Oline Oliva Oliver Olivert Olivia Olivie Olivier Olivija Olivine Oliviu Olivér
Oliwer Oliwier Olle Olli Ollie Ollý Olof Ololade Oloo Olov Oluchi Olufunke Olufunmilayo Olumorotimi
Oluoch Oluwafemi Oluwagbemiga Oluwakemi Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwole Oluş
Olwen Olwethu Olympia Olívia Oma Omaca Omair Omaira Omaja Oman Omar Omari Omarion Omeir Omelyan Omer
Omie Omina Omisha Omkaar Omobobola Omobolanle Omodunni Omolabake Omolara Omondi Omosalewa Omotara
Omotayo Omotola Omotoun Omowumi Omran Omya Ona Onat Ondieki Ondrej Ondřej Oneal Oneida Onesmus Oneta
Oney Ongay Oni Onie Onkar Onni Onnie Onofre Onufry Onuker Onur Onurcan Onursu Onveer Onyango Onyinye
Onysym Oona Oonagh Opan Opanas Opha Ophelia Ophélie Opiyo Opung Opwonya Oqtay Ora Orah Oral Oralia
Oran Orange Oranlı Orazio Orduxan Orelia Oren Orene Oreofe Orest Orestas Oreste Orfelina Orfeus
Orfhlaith Orgün Orhan Oriana Orie Orilla Orin Orinder Orion Oris Orka Orkhyp Orla Orlagh Orlaigh
Orlaith Orland Orlena Orley Orlin Orlo Orma Ormar Ormheiður Ormhildur Ormur Orna Ornella Orpha Orra
Orren Orri Orrie Orrin Orris Orsolya Orson Ortak Ortansa Ortrud Ortrun Ortwin Oruç Orval Orvar Orvel
Orvil Orville Orvin Orvis Orvokki Orxan Oryna Orysya Orçin Osa Osama Osamu Osbaldo Osborn Osborne
Oscar Osha Osie Osip Osiyo Oskar Oskari Oskars Oskár Osman Osmo Osogo Ossama Ossi Ossian Ossie Ostap
Ostromir Osunleke Osvald Osvaldo Osvalds Oswald Oswaldo Oswin Ota Otabek Otakar Otay Otelia Otfried
Otha Othel Othmar Otho Otieno Otilia Otis Otkatla Otkell Otmar Oto Otri Ott Otta Ottavio Ottfried
Otti Ottie Ottilia Ottilie Ottis Ottmar Otto Ottokar Ottomar Ottone Ottó Otur Otávio Otília Otýlie
Otīlija Ouanes Ouida Ouma Oussama Outi Ova Ove Ovid Ovidio Ovidiu Ovila Oviya Owais Owe Owen Owens
Owethu Owino Owuor Oxana Oyenike Oyindasola Oymak Oysha Ozana Ozansü Ozell Ozella Ozie Ozioma Ozy
Ozzie Oğulbaş Oğurata Oğuzman Oļģerts Oľga Paavo Pabla Pablo Paca Pachongruk Paco Pacífica Pada
Padma Padmi Padraic Padraig Padraigh Padraigin Pahal Paige Paiman Pairlee Paisley Paityn Pak Paker
Pakhom Pakjira Paksu Pallavi Palle Pallie Palma Palmer Palmira Paloma Pam Pamala Pambe Pamela
Pamelia Pamella Pamfil Panagachie Panait Panas Panca Pancho Pandora Pandu Panfil Panfilo Pangeran
Pangestu Panini Panji Pankrat Pankraty Pankrác Pannawich Pansy Panteleymon Panya Paola Paoletta
Paolo Paralee Paramita Paramon Paraschiva Pardi Parfen Paride Parin Parker Parlee Parley Parman
Parmen Parmes Parrish Parsa Parth Parthenia Parvez París Pascal Pascale Pascaline Paschal Pascual
Pascuala Pasi Paskalia Pasqual Pasquale Pastora Pat Patchaploy Patcharaporn Pate Patience Patrek
Patrekur Patric Patrica Patrice Patricia Patricie Patricija Patricio Patrick Patrik Patrisía
Patrizia Patrizio Patryk Patrícia Patsy Pattamon Pattapon Pattatomporn Patti Pattie Patty Pau Paul
Paul-Gerhard Paul-Heinz Paula Paule Pauletta Paulette Pauli Paulica Paulien Pauliina Paulin Paulina
Pauline Paulino Paulius Paulo Pauls Paulína Paulīna Pauric Pavani Pavao Pavel Pavla Pavlo Pavlína
Pavol Paw Pawan Pawel Paweł Paxton Paye Payten Payton Paz Paşa Peadar Peader Pearce Pearla Pearle
Pearlene Pearley Pearlie Pearline Pearly Pearse Peder Pedro Pedró Peem Peer Peeter Peggie Peggy
Pehlil Pekka Pekkan Pelageya Pelaji Pelayo Pelle Pellegrino Pembesin Penelope Penina Peninah Penni
Pennie Penny Pentti Pepe Pepijn Pepita Pepito Per Per-Erik Per-Olof Percival Percy Peren Perinur
Peris Perkasa Perla Perley Perlita Permelia Permun Pernell Pernilla Pernille Pero Perri Perrine
Perry Pershing Pertti Pervaiz Pesent Peta Petar Pete Peter Peter-Michael Peterson Petr Petra Petrana
Petras Petre Petrea Petri Petrică Petrina Petro Petrona Petronela Petronella Petronila Petros Petru
Petrus Petrína Petrónella Petrós Petrún Petrúnella Petter Petteri Peyton Phanice Phebe Phelim Phelix
Phenphitcha Pheobe Phil Phileine Philemon Philip Philipp Philippa Philippe Philippine Philis Phillip
Phillis Philo Philomena Philomene Phineas Phoebe Phubes Phylicia Phylis Phyliss Phyllis Phúc Pia
Piaras Piedad Pien Pier Pierangelo Pierce Pierette Piergiorgio Piergiuseppe Pierina Pierluigi
Piermaria Piero Pierpaolo Pierre Pierre-Yves Pierrette Piersanti Piet Pieter Pieter-Jan Pietra
Pietro Piia Pijus Pilar Pili Pim Pimen Pina Ping Pink Pinkey Pinkie Pinkney Pintusorn Piotr Piper
Pippa Pirahmet Piran Piret Pirjo Pirkko Pirmin Piroska Pitipat Pius Pjetur Platon Pleas Pleasant
Ples Pleun Plinio Pluma Plummer Plácido Pol Polad Polikarp Polina Polk Pollie Polly Pollý Polona
Polonca Pompeo Pompilia Pompiliu Pomponio Poncio Pontus Pooja Popobawa Porfirio Porfiry Pornchanok
Porsche Porsha Porter Portia Posey Potap Poul Povilas Powell Praba Prabawa Prabowo Prabu Prakosa
Prames Pranata Pranav Pranawa Praneel Pranit Prasetya Prasetyo Praskovya Pratt Pratyush Pravoslav
Prayitna Prayoga Prayogo Preben Predrag Prentice Prentiss Presley Press Preston Pricilla Priit Prima
Primitiva Primitivo Primus Princess Prisca Priscah Priscila Priscilla Priscillah Prisha Priska Priya
Profira Prokhir Prokhor Prokl Prokofy Prokop Prosper Prov Prudence Prudencia Prudencio Prudie Pryor
Przemysław Pría Príor Puccio Puck Puji Puk Pumbaa Puntira Puput Purificación Purity Purl Purwa
Purwadi Purwanto Pushti Puspa Puti Putri Putu Pylyp Pál Pála Páldís Páley Pálfríður Pálhanna
Pálheiður Pálhildur Páll Pálmar Pálmey Pálmfríður Pálmi Pálrún Pálín Pálína Pánfilo Päivi Päivikki
Pär Pål Pénélope Péter Pétrína Pétrún Pétur Pía Pío Pünhan Pürçek Pătru Pēteris Přemysl Qaadir
Qaasim Qabeel Qabil Qadar Qadeer Qadi Qadim Qadir Qahtan Qaim Qais Qalib Qamar Qani Qanit Qaratel
Qareeb Qarin Qaseem Qasid Qasif Qasim Qasım Qatadah Qawee Qay-yoom Qays Qiana Qiang Qiyas Qori
Qoşqar Quadir Quang Qudamah Quddoos Qudoos Queen Queenie Quentin Quiana Quincy Quinn Quint Quinten
Quinter Quintin Quinton Quinty Quique Quirino Qulam Qulu Qumru Qurban Qusay Qushi Qutaybah Qutb
Qutub Raaghib Raagini Raahil Raakin Raamis Raamiz Raashid Raatib Rabah Rabar Rabb Rabbaanee Rabbani
Rabbiye Rabea Rabecca Rabee Rabi Rabiah Rabih Rabit Racha Rachael Rachana Racheal Rachel Rachelle
Rachid Rachida Rachit Rachita Rachèle Racquel Rada Radek Radeke Raden Radha Radhee Radhika Radi
Radika Radim Radislav Radit Raditya Radka Radmila Rado Radomír Radoslav Radoslava Radosław Radovan
Radovana Radu Radvilė Radúz Rae Raed Raees Raegan Raekwon Rael Raelyn Raelynn Raewyn Raf Rafa Rafael
Rafaela Rafaella Rafan Rafay Rafaél Rafaël Rafał Rafe Rafee Rafeek Rafeeq Raffael Raffaela Raffaele
Raffaella Raffaellino Raffaello Rafi Rafia Rafid Rafih Rafila Rafiq Rafn Rafnar Rafney Rafnhildur
Rafnkell Raghav Ragheb Raghib Ragna Ragnar Ragnbjörg Ragner Ragney Ragnfríður Ragnheiður Ragnhild
Ragnhildur Ragúel Rahab Raharja Rahat Rahayu Raheel Raheem Rahel Rahiye Rahma Rahman Rahmat Rahmet
Rahmi Rahn Rahsaan Rahul Raid Raiden Raihan Raija Raik Raili Raimo Raimondo Raimonds Raimund
Raimundo Raina Rainer Raisa Raissa Raivis Raivo Rajab Rajata Rajeshri Rajko Rakeem Rakel Rakide
Raksha Raleigh Ralf Ralf-Dieter Ralf-Peter Ralph Raluca Rama Ramadan Ramadhan Ramazan Ramid Ramil
Raminta Ramiro Ramiz Ramon Ramona Ramsey Ramunė Ramzi Ramón Ramóna Ramūnas Rana Ranbir Rance Rand
Randal Randall Randalín Randel Randell Randi Randle Randolf Randolph Randver Randy Randíður Randý
Rangga Rani Rania Ranieri Ranka Rannva Rannveig Rannver Ransom Ranveer Raoul Raphael Raphaela
Raphaël Raphaëlle Raquan Raquel Ras Rasa Rashaad Rashaan Rashad Rashawn Rasheed Rashid Rashida
Rashidi Rasim Rasma Rasmus Rastislav Rasul Ratchanon Ratibor Ratih Ratmir Ratna Raul Rauno Raven
Ravi Ravy Rawiri Rayaan Rayan Rayana Rayburn Rayfield Rayford Rayhona Rayla Raymon Raymond Raymonde
Raymund Raymundo Rayna Raynard Rayne Rayshawn Rayyona Rayén Razi Razı Raúl Reagan Reanna Reason
Reatha Reba Rebeca Rebecca Rebecka Rebeka Rebekah Rebekka Rebihat Recep Recepali Red Reda Redden
Redmond Reece Reese Reet Refet Refik Refugio Refur Regan Regena Regenia Reggie Regina Reginal
Reginald Reginbaldur Reginbjörg Regine Reginn Regis Regitse Regitze Regula Regína Regīna Rehaan
Rehema Rehime Rei Reid Reidar Reidun Reifnir Reijo Reilly Reimar Reimer Reimund Rein Reina Reinald
Reinaldo Reinar Reine Reinel Reiner Reingard Reinhard Reinhardt Reinhart Reinhild Reinhilde Reinhold
Reinis Reino Rejane Reksa Rella Relu Remazan Rembrandt Remedios Remi Remigio Remington Remo Remus
Remy Remzi Rena Renaat Renada Renae Renaldo Renan Renard Renata Renate Renato Renaud Rendy Rene
Renea Renee Rengül Reni Renita Rennie Reno Rens Renske Renzo Renáta René Renée Reshoni Resi Respati
Ressie Restu Resulcan Reta Retha Reto Retta Rettie Reuben Reubin Reva Revza Rex Rexford Rexhep Rey
Reyansh Reyes Reyhan Reyn Reyna Reynald Reynaldo Reynar Reyndís Reynheiður Reynhildur Reynir Reynold
Reynolds Reyr Reza Rezin Rezzak Rhavi Rhea Rheta Rhett Rhian Rhianna Rhianne Rhiannon Rhoda Rhona
Rhonda Rhys Ria Riad Rian Rianna Rica Ricarda Ricardo Riccardo Ricci Ricciotti Rice Richard Richardt
Richelle Richie Richmond Richárd Rick Rickard Rickey Ricki Rickie Ricky Rico Rida Ridge Ridhi Ridwan
Rigmor Rigo Rigoberto Rihanna Rihards Riikka Riina Riitta Rik Rika Rikard Rikharð Rikharður Rikka
Rikke Rikki Riku Riley Rilla Rillie Rim Rimantė Rina Rinaldo Rinda Rini Rino Rinor Ripley Risa
Risalet Risasi Rishi Risper Risto Rita Ritchie Ritt Ritva Riya Riyad Riza Riziki Rizki Rizvan
Ričardas Ričards Roan Roar Rob Robb Robbe Robbie Robbin Robby Robert Roberta Robertas Robertina
Roberto Roberts Robin Robinson Robiya Robley Robt Roby Robyn Rocco Rochdi Rochelle Rochus Rocio
Rocky Rocío Rod Rodah Roddy Roderic Roderich Roderick Rodger Rodgers Rodica Rodion Rodney Rodolfo
Rodolphe Rodrick Rodrigo Rodrigue Roe Roel Roeland Roena Rogelio Roger Rogers Rohaan Rohan Rohat
Roise Roisin Rojnu Rojus Rok Rokas Roko Roksana Roksolana Roland Rolanda Rolandas Rolande Rolando
Rolands Roldán Rolf Rolf-Dieter Rolf-Peter Roll Rolla Rolland Rollande Rollie Rollin Rollo Roma
Romain Romaine Roman Romana Romane Romano Rome Romello Romeo Romie Romina Romolo Romona Romuald
Romualdas Romulus Romy Román Roméo Ron Rona Ronal Ronald Ronaldo Ronan Ronda Rondal Roni Ronin
Ronith Ronja Ronke Ronna Ronni Ronnie Ronny Rono Rony Ronya Roope Roos Roosa Roosevelt Roque Rory
Rorí Rosa Rosa-Maria Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie Rosalina Rosalind Rosalinda
Rosalinde Rosaline Rosalva Rosalyn Rosalía Rosamel Rosamond Rosann Rosanna Rosanne Rosaria Rosarie
Rosario Rosaura Rosco Roscoe Rose-Marie Roseann Roseanna Roseanne Rosel Roselinde Roseline Rosella
Roselyn Roselyne Rosemarie Rosemary Rosena Rosenda Rosendo Rosetta Rosette Rosevelt Rosey Rosi Rosia
Rosie Rosina Rosita Rosl Roslyn Rosman Rosmarie Ross Rossa Rossana Rossie Rostislav Rostyslav
Roswell Roswita Roswitha Rosy Rotich Rotraud Rotraut Rouven Rowan Rowena Rowland Roxana Roxane
Roxann Roxanna Roxanne Roxelana Roxie Roxy Roy Royce Roza Rozalia Rozalija Rozaliya Rozanne Rozella
Roziya Rozália Rua Ruairi Ruari Rubani Rube Ruben Rubi Rubie Rubiela Rubin Rubye Rubén Rudecindo
Rudi Rudolf Rudolfo Rudolph Rudra Rudy Rudīte Rueben Ruedi Ruel Ruffin Ruffus Rufina Rufino Rufus
Ruggero Ruggiero Rugilė Ruhide Ruhiu Ruhsat Ruhshona Ruhugül Rui Ruie Rukia Rumaysa Rumeysa Rune
Rungo Runi Runný Runólfur Rupert Ruperta Ruperto Ruqayya Ruqiya Rushil Ruslan Rusman Rusnė Russ
Russel Russell Rustin Rusty Rusul Rut Ruta Rute Ruth Rutha Ruthann Ruthanne Ruthe Rutherford Ruthie
Ruthild Ruwaihim Ruxanda Ruxandra Ruy Ruzica Ruža Ružena Ružica Ryan Ryann Ryder Ryker Rylan Ryland
Rylee Ryleigh Ryley Rylie Rym Ryma Ryne Ryohei Ryosuke Ryszard Rytis Rytė Ryurik Rza Rán Ráðgeir
Ráðhildur Ráðvarður Réginald Régine Régis Régulo Réka Rémi Rémy Ríkarður Ríkey Ríkharð Ríkharður Rín
Ríta Ríó Róbert Róberta Róbjörg Rólant Róman Rómeó Rómulo Rós Rósa Rósalind Rósanna Rósant Rósar
Rósberg Rósbjörg Rósborg Róselía Rósenberg Rósey Rósfríður Róshildur Rósi Rósinberg Rósinkar
Rósinkara Rósinkrans Rósinkransa Róska Róslaug Róslind Róslinda Róslín Rósmann Rósmary Rósmarý
Rósmunda Rósmundur Rósný Róza Rózsa Róża Röfn Rögn Rögnvald Rögnvaldur Rögnvar Rökkvi Röskva Röya
Röyal Röðull Rúbar Rúben Rúbý Rúdólf Rún Rúna Rúnar Rúndís Rúnhildur Rúrik Rúrí Rútur Rübeyda
Rüdiger Rüknettin Rümeysa Rüşen Răducu Răzvan Rıfkıye Rūdolfs Rūta Růžena Saabir Saad Saadat Saadiq
Saafir Saahir Saaiq Saajid Saal Saalih Saalim Saanvi Saaqib Saar Saara Saariyah Saba Sabah Sabahat
Saban Sabar Sabari Sabas Sabastian Sabatino Sabbir Sabeeh Sabih Sabihe Sabil Sabin Sabina Sabine
Sabiq Sabir Sable Saboor Sabra Sabri Sabrina Sabrína Sabur Saburah Sabína Sabır Sacha Sachi Sad Sada
Sadaka Sadan Sadao Sadaqat Sadat Saddam Sade Sadeed Sadeti Sadia Sadie Sadik Sadiki Sadina Sadiq
Sadittin Sadiye Sadye Sadıq Safari Safet Safia Safina Safinaz Safiri Safiya Safta Safura Safír Saga
Sahil Sahin Sahir Sahra Sai Said Saida Saidi Saiful Saige Saim Sair Sairah Saire Saka Sakari
Sakarías Sakina Sakip Saksham Sakti Sakura Sal Salah Salami Salbjörg Saldís Saleh Salena Salgerður
Salih Salim Salima Salimah Salimet Salina Salka Salkın Sallie Sally Salma Salman Salmann Salmar
Salný Salohiddin Salome Salomea Salomey Salomon Salomé Salomón Salsabila Salud Salurbay Salvador
Salvar Salvatore Salvi Salvör Salwa Salín Salína Salóme Salómon Sam Samahat Samaksh Samama Samandar
Samanta Samantha Samar Samara Samarth Samatha Samesh Sami Samiah Samie Samina Samir Samira Samiya
Samiyah Sammie Sammy Samo Sampson Samson Samsul Samu Samual Samuel Samuele Samuil Samuli Samurtay
Samuël Samwel Samweli Samy Samúel Sanaa Sanai Sanavber Sanaya Sancak Sancho Sanda Sandalio Sandel
Sander Sanders Sandi Sandie Sandile Sandis Sandor Sandra Sandri Sandrine Sandro Sandu Sandur Sandy
Sanela Sanford Sani Sanije Sanita Saniya Saniyah Sanja Sanjar Sanjuana Sanjuanita Sanna Sanne Sanni
Sannie Santana Sante Santeri Santiago Santina Santino Santo Santos Santía Sanur Sanya Sançar Saoirse
Saood Sapa Saphira Sara Sarabi Sarafina Sarah Sarah-Jane Sarah-Louise Sarahi Sarai Sardor Sargın
Sari Sariah Sarina Sarita Sarmīte Sarpkın Sarrah Sarthak Sarunporn Sarvan Sarvar Sarvinoz Sarya
Sarína Sarıcabay Sasa Sascha Sasha Saskia Sathvik Satomi Satrettin Satu Saturnina Saturnino Satya
Satıa Saul Saulius Saumu Saumya Saundra Sauti Sava Savak Savana Savanah Savanna Savely Saverio
Saveta Savilla Savina Savion Savni Savon Savva Savvaty Sawyer Saxi Sayalı Saydam Saygın Sayin Sayrak
Sayuri Sayın Saçı Saïd Saúl Sağcan Sağıt Saša Sašo Scarlet Scarleth Scarlett Scarlette Schley
Schuyler Scot Scott Scottie Scotty Seaborn Seamus Sean Sean-Paul Seana Seanan Seaneen Seanna
Sebastiaan Sebastian Sebastiano Sebastien Sebastijan Sebastián Sebastião Sebastjan Sebastían
Sebattin Sebigül Seblâ Sebrina Seda Sedat Sedife Sedrick Sefanía Sefer Segilola Segismundo Segundo
Seha Sehel Seif Seifur Seija Seimur Sejda Selah Selaheddin Selatin Selcan Selcen Seldon Selena
Selene Seler Selim Selime Selin Selina Seline Selivan Seliverst Selja Selka Selma Selmer Selmin
Selvi Selâtin Selçuk Sem Semaj Semat Semen Semender Semenica Semine Semir Semra Semrin Sena Senad
Senan Sencar Seneca Seniha Senn Senna Senne Senol Senora Senta Senía Seona Seosamh Sep Sepp Seppe
Seppo Septi Septíma Sera Seracettin Serafim Serafina Serafín Serah Seraina Serda Sereina Serena
Serezli Serfinaz Serge Sergei Sergej Sergey Sergio Sergiu Sergius Serhatmehmet Serhiy Serina Serine
Serkan Serma Sernur Serol Serpil Server Servinaz Servác Sesar Seselía Sesil Sesilía Sessa Sesselja
Sesselía Sessilía Seth Setya Sevara Sevastyan Sevcan Sevdi Sevdinar Seve Sever Severiano Severin
Severina Severine Severino Severo Severt Severín Sevgen Sevginur Sevican Sevil Sevim Sevinc Sevinch
Sevindik Sevla Sevsevil Seward Seydo Seye Seyfulla Seyfullah Seyhan Seyithan Seymour Seymur Seyran
Seyyide Sezal Sezen Sezginbaş Seçgül Seçme Shaban Shad Shade Shadrack Shae Shafter Shahina Shahnoza
Shahriyor Shahzod Shahzoda Shaina Shakila Shakira Shalon Shalonda Shamar Shameka Shamika Shamsuddeen
Shan Shana Shanae Shanda Shandra Shane Shaneka Shanell Shanelle Shanequa Shani Shania Shanice
Shaniece Shanika Shaniqua Shanita Shaniya Shanna Shannan Shannen Shannon Shanon Shanta Shante
Shantel Shantell Shaquan Shaquana Shaquille Shaquita Shara Shardae Sharday Sharde Sharee Sharen
Shari Sharif Sharita Sharla Sharleen Sharlene Sharman Sharon Sharonda Sharron Sharyl Sharyn Shasta
Shatara Shaun Shauna Shauneen Shaunna Shaurya Shavon Shavonne Shawana Shawanda Shawn Shawna Shawnda
Shawnee Shawnna Shawnte Shay Shayla Shaylee Shayna Shayne Shea Sheamus Shedrick Sheela Sheelagh
Sheena Shehu Sheila Sheilah Sheilla Sheillah Shekoni Shelba Shelbi Shelbie Shelby Sheldon Shelia
Shelley Shelli Shellie Shelly Shelton Shelva Shelvia Shelvie Shem Shemar Shena Shenna Shep Shepherd
Sheree Sheri Sheridan Sherie Sherilyn Sherita Sherlyn Sherman Sheron Sherree Sherri Sherrie Sherrill
Sherron Sherry Sherryl Sherwin Sherwood Sheryl Sheryll Sheyla Shianne Shida Shiela Shiloh Shinead
Shira Shirl Shirlee Shirleen Shirlene Shirley Shirleyann Shirlie Shivani Shivansh Shohei Shohjahon
Shohrux Shoji Shon Shona Shonda Shonna Shota Shpresa Shqipe Shravya Shreya Shukrona Shyann Shyanne
Shyheim Shyla Sian Sibbie Sibel Sibilla Sibille Sibonelo Sibongile Sibusisiwe Sibusiso Sibyl Sibylla
Sibylle Sid Sidar Siddharth Siddie Sidiq Sidki Sidney Sidonia Sidor Sidónia Sie Siebe Siegbert
Siegfried Sieghard Sieglinde Siegmar Siegmund Siegrid Siegried Siegrun Siegward Siem Sien Siena
Sienna Sierra Sif Sifa Sifuna Sigbergur Sigbert Sigbjartur Sigbjörn Sigdís Sigdór Sigdóra Sigfastur
Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfríð Sigfríður Sigfús Sigga Sigge Siggeir Siggerður
Sighvatur Sigismund Sigita Sigizmund Sigjón Siglaugur Siglinde Sigmann Sigmar Sigmund Sigmunda
Sigmundur Signa Signar Signe Signhildur Signý Sigri Sigrid Sigrun Sigríkur Sigríður Sigrún Sigsteinn
Sigtryggur Sigtýr Sigur Sigurbaldur Sigurberg Sigurbergur Sigurbirna Sigurbjarni Sigurbjartur
Sigurbjörg Sigurbjörn Sigurbjört Sigurborg Sigurbrandur Sigurbára Sigurd Sigurdríf Sigurdrífa
Sigurdís Sigurdór Sigurdóra Sigurey Sigurfinna Sigurfinnur Sigurfljóð Sigurgeir Sigurgeira
Sigurgestur Sigurgrímur Sigurgísli Sigurhanna Sigurhans Sigurhelga Sigurhildur Sigurhjörtur Sigurjón
Sigurjóna Sigurkarl Sigurlaug Sigurlaugur Sigurleif Sigurleifur Sigurlilja Sigurlinn Sigurlinni
Sigurliði Sigurlás Sigurlín Sigurlína Sigurmann Sigurmar Sigurmon Sigurmunda Sigurmundur Sigurnanna
Sigurnýas Sigurnýjas Siguroddur Sigurpáll Sigurrós Sigursteina Sigursteinn Sigursveinn Sigurunn
Sigurvaldi Sigurveig Sigurvin Sigurvina Sigurást Sigurásta Sigurða Sigurður Siguróli Sigurósk
Sigurþór Sigurþóra Sigvaldi Sigvard Sigvarður Sigyn Sigþrúður Sigþór Sigþóra Sihawukele Siim Siiri
Sijuade Siku Sil Sila Silanty Silanur Silas Sile Silfa Silfrún Silfá Silja Silje Silka Silke Silla
Sille Silli Silondile Silva Silvan Silvana Silvano Silvester Silvestr Silvestre Silvestro Silvia
Silvian Silviana Silvie Silvija Silvio Silviu Silvo Silvía Sim Sima Simas Simber Simen Simeon Simi
Similoluwa Simina Simion Simisola Simiyu Simmie Simo Simon Simona Simonas Simone Simonetta Simonne
Simphiwe Simpson Simten Simão Simón Sina Sinaida Sinan Sincere Sinda Sindre Sindri Sindy Sine Sinead
Sing Sini Sinică Sinikka Sinisa Siniša Sinklitikiya Sintija Siobain Sioban Siobhain Siobhan Siofra
Sione Siper Siphesihle Sirac Sirap Siri Sirje Sirkka Siro Sirpa Sirra Sirrý Siska Sisko Sissel
Sister Sithembiso Siti Sitiwat Sittik Sittikorn Siv Sivert Sixten Sixto Siya Siyabonga Sjafnar
Sjoerd Sjöfn Skafti Skaidrīte Skapti Skarpheiður Skarphéðinn Skefill Skeggi Skender Skip Skjöldur
Skolastika Skorri Skugga Skuggi Skuld Skye Skyla Skylar Skyler Skær Skæringur Skírnir Skíði Skúla
Skúli Skúlína Skúta Slade Sladjana Slamet Slavica Slavisa Slavka Slavko Slavomír Slavomíra Slavěna
Slawomir Sloane Slobodan Sláva Slávka Smaranda Smiltė Smiður Smyrill Smári Sneha Sneider Snezana
Snizhana Snježana Snjáfríður Snjáka Snjófríður Snjóki Snjólaug Snjólaugur Snjólfur Snorra Snorri
Snæbjartur Snæbjörg Snæbjörn Snæbjört Snæborg Snæbrá Snædís Snæfríður Snæhólm Snælaug Snælaugur Snær
Snæringur Snærós Snærún Snævar Snævarr Snæþór Snót Socorro Soffanías Soffía Sofi Sofia Sofiane Sofie
Sofija Sofiya Sofon Sofron Sofía Sokrat Sol Solange Sole Soledad Soleh Soliha Soline Solma Solmaz
Soloman Solomiya Solomon Solon Solveig Solvej Solvita Solène Somadina Somer Sommer Somtochukwu Son
Sona Sonad Sonata Sondra Sondre Songurkan Songül Sonia Sonja Sonji Sonnur Sonny Sonný Sonya
Sophanías Sophia Sophie Sophie-Louise Sophie-Marie Sophronia Sophus Sophy Soraia Sorana Sorawut
Soraya Sorcha Soren Sorin Sorina Sosimo Sotaro Souad Soufiane Souma Soumia Sowande Soydaner Soykan
Soykut Soyselçuk Soňa Spartak Spartakus Spas Spencer Spenser Sphiwe Spiridon Sporði Spurgeon Spói
Squire Srečko Stacey Staci Stacia Stacie Stacy Staffan Stafford Stan Stana Stanca Stancu Stanford
Stanimir Stanislaus Stanislav Stanislava Stanislaw Stanisław Stanka Stanko Stanley Stanton Stapi
Starkaður Starla Starling Starr Starri Stasia Stavros Staņislavs Steen Stef Stefaan Stefan Stefana
Stefani Stefania Stefanie Stefano Stefanía Steffen Steffi Stefnir Stefán Stefánný Stein Steina
Steinar Steinarr Steinberg Steinbergur Steinbjörg Steinbjörn Steinborg Steindís Steindór Steindóra
Steiney Steinfinnur Steinfríður Steingerður Steingrímur Steinhildur Steini Steinkell Steinlaug
Steinmann Steinmar Steinmóður Steinn Steinrós Steinröður Steinrún Steinunn Steinvarður Steinvör
Steinólfur Steinþór Steinþóra Stela Stelian Steliana Stella Stellah Stellan Sten Stepan Stephaine
Stephan Stephane Stephani Stephania Stephanie Stephany Stephen Stephene Stephenie Stephon Sterre
Stetson Stevan Steve Steven Stevie Steward Stewart Stian Stien Stig Stijn Stilla Stina Stine Stirnir
Stiven Stjarna Stjepan Stojan Stonewall Stoney Stormur Stormy Stoyan Stuart Sture Sturla Sturlaugur
Sturri Styr Styrbjörn Styrgerður Styrkár Styrmir Styrr Stéphan Stéphane Stéphanie Stígheiður Stígrún
Stígur Stína Stórólfur Suat Subomi Subutiye Suci Sudi Sudie Sudiksha Sue Suellen Suhani Sula
Suleiman Sulhi Sullivan Sultane Sumarliði Sumarlína Sumarrós Sumayya Sumner Sunay Sune Sunel Sungara
Sunna Sunnefa Sunneva Sunniva Sunníva Sunshine Supasit Supasita Suphi Surya Susam Susan Susana
Susanita Susann Susanna Susannah Susanne Suse Susi Susie Sussanne Sussie Suus Suvakit Suvi Suwijuk
Suzan Suzana Suzann Suzanna Suzanne Suze Suzette Suzie Suzy Suğra Svafa Svafar Svala Svali Svalrún
Svan Svana Svanberg Svanbergur Svanbjörg Svanbjörn Svanbjört Svanborg Svandís Svaney Svanfríður
Svangeir Svanheiður Svanhildur Svanhvít Svanhólm Svani Svanlaug Svanlaugur Svanmundur Svanrós Svante
Svanur Svanþrúður Svanþór Svatopluk Svatoslav Svava Svavar Svea Svein Sveina Sveinar Sveinberg
Sveinbjartur Sveinbjörg Sveinbjörn Sveinborg Sveindís Sveiney Sveinfríður Sveingerður Sveinhildur
Sveinjón Sveinlaug Sveinlaugur Sveinmar Sveinn Sveinrós Sveinrún Sveinsína Sveinungi Sveinveig
Sveinþór Sven Sven-Erik Sven-Olof Svend Svenja Svenning Sverre Sverrir Svetlana Svetozar Svetozár
Svitlana Svyatopolk Svyatoslav Svyatoslava Sváfnir Svätopluk Svölnir Svörfuður Světlana Swala Swaleh
Swantje Swen Swetlana Syahrini Sybil Sybilla Sybille Syble Sydell Sydnee Sydni Sydnie Syed Sylas
Sylgja Sylivia Sylke Sylva Sylvain Sylvaine Sylvan Sylvana Sylvania Sylvanus Sylvester Sylvia
Sylviane Sylvianne Sylvie Sylvio Sylvère Sylvía Sylwia Symon Symone Synnøve Syreeta Sys Szabolcs
Szilveszter Szilvia Szilárd Szymon Sándor Sára Sânziana Sæberg Sæbergur Sæbjörg Sæbjörn Sæbjört
Sæborg Sædís Sæfinna Sæfríður Sæhildur Sæi Sælaug Sælaugur Sæmann Sæmunda Sæmundur Sæný Sær Særós
Særún Sæsól Sæunn Sævald Sævaldur Sævar Sævarr Sævin Sævör Sæþór Sébastien Sérgio Séverin Séverine
Sía Sílvia Símon Símonía Sírnir Sírus Sísí Síta Sívar Sófus Sófónías Sókrates Sól Sóla Sólberg
Sólbergur Sólbjartur Sólbjörg Sólbjörn Sólbjört Sólborg Sólbrá Sólbrún Sóldís Sóldögg Sóley
Sólfríður Sólgerður Sólhildur Sólimann Sólkatla Sóllilja Sólmar Sólmundur Sólný Sólon Sólrós Sólrún
Sólveig Sólver Sólvin Sólvör Sólín Sónata Sónia Sökmen Sölmundur Sölva Sölvar Sölvey Sölvi Sölvína
Sönke Sören Sörli Söyler Sözer Søren Sørine Søs Súla Súsan Súsanna Sübhan Sücaettin Süha Süheyda
Sükrü Süleyla Süleyman Sümerya Sümeyye Süner Süsen Süvari Süzer Sýrus Sıla Sırriye Sıylıhan
Ta-tanisha Taahaa Taahir Taaj Taalib Taamir Taanish Taariq Tab Taban Tabassum Tabatha Tabea Tabetha
Tabish Tabita Tabitha Taciddin Tad Tadas Tade Tadeen Tadej Tadeja Tadeo Tadeusz Tadeáš Tadhg Tafazal
Taft Tagangül Tage Taha Tahaw-wur Tahawwur Taheem Tahir Tahj Tahmaseb Tahmeed Tahmid Tahoor Tahseen
Tai Taial Taichi Taimur Taina Taine Taisir Taisiya Taisto Taj Taja Tajammal Tajammul Tajudinn Tajus
Takatifu Takisha Takuma Tal Tala Talal Talan Talat Talayer Talen Talha Talhah Tali Talia Talib
Talibe Taliyah Tallie Talmadge Talmage Talon Talía Talıb Tama Tamala Tamam Tamanna Tamar Tamara
Tamatha Tamati Tamaydın Tamaşa Tambika Tambra Tameka Tamekia Tamela Tamera Tami Tamia Tamica Tamie
Tamika Tamiko Tamilla Tamisha Tammi Tammie Tammy Tamra Tamu Tamya Tamás Tan Tana Tanak Tanay Tanbay
Tandoğdu Tandri Tandy Tane Taneli Tanesha Tangaroa Tangela Tanguy Tangül Tanhan Tania Tanika Tanimu
Tanish Tanisha Taniya Taniyah Tanja Tanmayi Tanner Tanpınar Tanses Tansev Tansığ Tantri Tanveer
Tanvi Tanya Tanyolaç Tanyu Tanía Tanır Tao Tapani Tapio Tara Tarah Taraji Tarak Tarancı Taras
Tarfaan Tarfur Tari Tarik Tariq Tariyel Tarja Tarmo Taro Tarsha Tartış Taru Taryn Tarzícius Tasdik
Tasha Tashina Tasia Tasnim Tassilo Tasvir Taswir Tate Tatia Tatiana Tatianna Tatjana Tatsuo Tatu
Tatum Tatyana Tatyanna Taufan Taufik Tauno Taurean Taurus Tautvydas Tavares Tavaris Tavian Tavion
Tavon Tawana Tawanda Tawanna Tawkeel Tawny Tawnya Taya Tayaydın Taygan Tayla Taylak Tayler Taylor
Tayshaun Tayyibe Tayyip Taçnur Taşar Taşkan Tea Teagan Teber Tecimer Tecla Ted Teddie Teddy Tedi
Teea Teela Teemu Teena Teerth Teetat Tegan Teguh Teija Teitný Teitur Teja Tejas Tejs Tekbay Tekecan
Tekiner Tekla Teknaz Teksoy Telemaco Telim Tella Tellervo Telly Telma Telman Telmo Telse Temidayo
Temime Temir Temirhan Temistocle Temizkal Tempie Temuçin Tena Tenika Tenis Tenisha Tennessee Tennie
Tennille Tenvir Tenzin Teo Teobaldo Teodor Teodora Teodoro Teodors Teodosia Teodosio Teofil Teohari
Teona Tera Terance Tercan Tere Terell Terence Terenty Teresa Terese Teresia Teresiah Teresita
Teressa Teresía Tereza Terezija Terhi Teri Terina Terje Terlan Tero Terra Terrance Terrell Terrence
Terri Terrie Terrill Terry Terttu Teréz Terézia Tess Tessa Tessie Tetyana Teun Teuta Teuvo Tevin
Tevs Tex Texanna Texas Texie Teybet Teymur Teymuraz Teymurçin Tezcan Tezol Teófila Teófilo Thabani
Thabisa Thabisile Thabiti Thad Thaddeus Thaddäus Thalente Thales Thalia Thanatcha Thandazile
Thandeka Thandiwe Thando Thea Theadore Theda Thedore Thekla Thelma Thembeka Thembekile Thembile
Thembisile Theo Theobald Theodis Theodocia Theodoor Theodor Theodora Theodore Theodoro Theodoros
Theodosia Theodór Theodóra Theola Theophil Theophile Theres Theresa Therese Theresia Therman Theron
Therése Theta Theódór Theódóra Thi Thiago Thiare Thibaud Thibault Thibaut Thibo Thierry Thies
Thijmen Thijn Thijs Thilo Thinhinane Thom Thomas Thomasina Thompson Thomás Thor Thora Thoralf
Thorben Thorberg Thore Thornton Thorsten Thorwald Thos Thresa Thuo Thure Thurlow Thurman Thursa
Thurston Thuthukile Thyra Thành Théa Théo Théodore Théophile Thérèse Thór Tia Tiago Tiana Tianna
Tiara Tiare Tiarna Tiarnan Tiarra Tibe Tiberia Tiberiu Tibo Tibor Tiburcio Ticen Tichomír Tiegan
Tiera Tiernan Tierra Ties Tiesha Tiffani Tiffanie Tiffany Tiia Tiina Tiit Tiiu Tijl Tijmen Tijn Tijs
Tikhon Til Tilda Tilde Tilden Tilen Till Tilla Tillie Tillman Tillmann Tilly Tilman Tilmann Tilo Tim
Timbul Timea Timm Timmie Timmothy Timmy Timo Timofey Timon Timotei Timotej Timoteo Timothy Timothée
Timur Timurtaş Timéo Tina Tinca Tindar Tindra Tindri Tindur Tine Tineke Tiney Tinie Tinna Tinne
Tinni Tinnie Tino Tiny Tira Tirdad Tirsa Tirta Tirtayasa Tirza Tisa Tisha Tishie Tishk Tit Titas
Titi Titilayo Titin Tito Titus Tivadar Tiziana Tiziano Tiğin Tjaldur Tjaša Tjörfi Tjörvi Tobe Tobi
Tobias Tobiasz Tobie Tobin Tobiáš Toby Tobías Toccara Tod Todd Todda Todor Todsawun Tofiq Toivo
Toker Toki Toktuğ Tokunbo Toköz Tola Tolbert Tolli Tollie Tolonbay Tolulope Toluwanimi Tom Toma
Tomas Tomasa Tomasz Tomaž Tomeka Tomi Tomie Tomika Tomislav Tommaso Tommi Tommie Tommy Tomo Tomori
Tomoya Tomris Toms Tomurcuk Tomàs Tomás Tomáš Tomé Tonda Tone Toney Tonguç Toni Tonia Tonicha Tonino
Tonja Tonje Tonni Tonny Tony Tonya Toomas Toon Topias Topuz Tor Tora Toralf Torben Torbjörg Torbjörn
Torbjørn Tord Tore Torey Torfey Torfheiður Torfhildur Torfi Torgny Torhan Tori Toriano Toribio Torie
Torill Torquato Torrance Torrence Torrey Torrie Torry Torsten Tory Tosha Toshiko Toshio Tova Tove
Tovuz Towanda Toy Toya Toño Toğan Toğrul Trace Tracee Tracey Traci Tracie Tracy Trae Traian Traude
Traudel Traudl Traugott Trausti Traute Travis Travon Trayvon Tre Treacy Treasa Treena Tremaine
Tremayne Trena Trent Trenten Trenton Tresa Tressa Tressie Treva Trever Trevin Trevion Trevon Trevor
Trey Treyton Treyvon Tri Tricia Trifon Triin Trilby Trina Trine Trini Trinidad Triona Tripp Tripti
Trish Trisha Trista Tristan Tristana Tristen Tristian Tristin Triston Tristán Triveni Triya Troels
Trofim Trokhym Trond Trostan Troy Trude Trudel Trudi Trudie Trudy True Trula Trumaine Truman Trung
Tryggva Tryggvi Tryggvína Trystan Tránsito Trú Trúmann Trīne Tsubasa Tsuma Tuan Tuana Tucker Tudor
Tudora Tudosia Tuere Tufani Tugiman Tui Tuija Tukufu Tula Tule Tulia Tulio Tullio Tulun Tumas Tumi
Tunahan Tunar Tunchanok Tunguç Tunradee Tunçboğa Tunçkılıç Tuomas Tuomo Turabi Tural Turan Turcein
Ture Turgut Turid Turlough Turner Turvi Turxan Tutkucan Tutkun Tutu Tuukka Tuula Tuuli Tuulia
Tuulikki Tuur Tuva Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tuğçe Tverdislav Tvorimir Twan Twila Twyla Tycho
Tye Tyesha Tygo Tyla Tyler Tylor Tymofiy Tymon Tymoteusz Tyquan Tyra Tyree Tyreek Tyreese Tyrek
Tyreke Tyrel Tyrell Tyrese Tyrfingur Tyrik Tyrin Tyriq Tyrique Tyron Tyrone Tyrus Tyshawn Tyson
Tânia Téo Tía Tíbrá Tímea Tími Tímon Tímoteus Tímóteus Tína Tístran Tóbías Tóbý Tói Tóka Tóki Tómas
Tór Tóta Tõnu Törel Tùng Tükelalp Tülay Tülin Tümer Tümkurt Tünde Türabi Türcan Türkalp Türkan
Türkmen Türknur Tüzeer Tüzenur Týr Týra Tınal Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubay Ubayd
Ubaydullah Ubbi Uberlinda Uberto Ubika Ucchal Uche Uchenna Uchita Uda Udant Udarsh Udeera Udo Udyati
Ueli Uffe Ufukay Uggi Ugla Ugnė Ugo Ugolino Uhban Ujamaa Ujunwa Ula Ulakbey Uldis Ulduz Ulf Ulfat
Uli Ulises Ulla Ulla-Britt Ullrich Ulrica Ulrich Ulrik Ulrika Ulrike Ultan Ulu Uludağ Uluman Ulutay
Uluğbey Ulva Ulya Ulyan Ulyana Ulysses Uma Umaarah Umair Umande Umang Umar Umay Umaya Umberto Umi
Ummahani Umman Umoja Umut Umutcan Umuşan Una Undine Undína Unggul Uni Unjani Unknown Unna Unnamed
Unnar Unnati Unnbjörg Unnbjörn Unndís Unndór Unni Unnsteinn Unnur Unnþór Uno Uolevi Upadhriti Upasna
Upik Upkaar Upma Ura Uraltay Urbain Urban Urbano Urfan Urhan Uriah Uriel Urijah Urishilla Urmas Urmi
Uroš Urrab Urs Ursel Ursina Ursula Urszula Urte Urvashi Urvi Urðar Urður Urša Urška Uršuľa Uschi
Ushan Ushindi Usiku Usman Usmon Ustin Ustym Usyi Uta Utama Ute Utkarsh Utkucan Utz Uwe Uxi Uyanser
Uygun Uzbay Uzima Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan Uğurtan Vacibe Vada Vadim Vadym Vafir Vagn
Vagna Vagnbjörg Vagnfríður Vahar Vahid Vahittin Vaida Vaidas Vaishnavi Vajèn Vaka Vakarė Vakris
Vakur Val Vala Valarie Valary Valberg Valbergur Valbjörg Valbjörk Valbjörn Valbjört Valborg
Valbrandur Valda Valdemar Valdheiður Valdi Valdimar Valdis Valdís Valdór Valeh Valencia Valentijn
Valentim Valentin Valentina Valentine Valentino Valentyn Valentyna Valentín Valentína Valentínus
Valentīna Valeri Valeria Valerie Valerij Valerija Valerio Valeriu Valeriy Valeriya Valero Valery
Valeryan Valería Valeska Valey Valfríður Valgarð Valgarður Valgeir Valgerða Valgerður Valhildur
Valid Valija Valinda Valka Vallary Vallaður Vallie Vallý Valmar Valmundur Valný Valon Valorie Valrós
Valrún Valsteinn Valter Valtteri Valtýr Valur Valva Valves Valère Valèria Valér Valéria Valérie
Valéry Valíant Valý Valþrúður Valþór Vamakshi Van Vance Vanda Vander Vanesa Vanessa Vania Vanja
Vannie Vansha Vanya Vara Varenya Varfolomey Varfolomiy Vargın Varlaam Varlık Varmar Varsha Varvara
Vasana Vasarė Vasatika Vasco Vashon Vashti Vasif Vasil Vasile Vasilica Vasilică Vasilisa Vasily
Vassie Vassilios Vasudha Vasyl Vasylyna Vatnar Vatslav Vaughan Vaughn Vavrinec Vaysal Vazeh Vecide
Veda Vedant Vedat Vedhika Vedika Vedran Veer Veera Veerle Veeti Vefia Vega Vegard Veig Veiga Veigar
Veigur Veijo Veikko Veis Veit Vela Velda Veli Velia Velimir Velitdin Vella Vello Velma Velta Velva
Velvet Vena Venancio Venceslás Vendela Vendelín Vendula Venedikt Venedykt Venera Veneranda Venessa
Veniamin Venice Venie Venita Veniyamyn Venla Vennie Venus Veola Ver Vera Verda Verde Verdell Verdie
Vere Verena Vergie Vergil Verim Verl Verla Verle Verlene Verlie Verlin Verlon Verlyn Vermundur Vern
Verna Vernal Verne Vernell Vernelle Verner Verneri Vernetta Vernharð Vernharður Vernia Vernice
Vernie Vernita Vernon Vero Verona Veronica Veronicah Veronika Veronique Versa Versie Vertie Verónica
Verónika Veróníka Vesa Vesna Vessie Vesta Vestar Vester Vestmar Veta Vetrarrós Veturliði Veva Vezat
Vezrife Vibeka Vic Vicenta Vicente Vicie Vick Vickey Vicki Vickie Vicky Victoire Victoriano
Victorine Victorino Victoría Victória Vicy Vid Vida Vidadi Vidal Vidar Vide Vidhi Viera Vieroslava
Viesturs Vigdís Vigfús Viggo Viggó Vigilija Vignir Vigný Vigo Vigri Vigtýr Vigur Vihaan Viivi Vija
Vikar Vikenty Viking Vikki Viktor Viktoria Viktorie Viktorija Viktorin Viktoriya Viktors Viktoría
Viktória Vilberg Vilbergur Vilbert Vilbjörn Vilbogi Vilborg Vilbrandur Vildane Vilde Vildís
Vilfríður Vilgeir Vilgerður Vilgot Vilhelm Vilhelmiina Vilhelmina Vilhelmína Vilhjálmur Vilho Vili
Viliam Vilis Vilius Viljami Viljar Viljem Vilji Viljo Villa Villads Ville Villi Villimey Vilma
Vilmar Vilmer Vilmos Vilmundur Vilnis Vilný Viltė Vilém Viman Vina Vinaya Vinbjörg Vince Vincenc
Vincent Vincentio Vincenza Vincenzo Vinciane Vineta Viney Vinicio Vinicius Vinie Vinjar Vinko Vinnie
Vinný Vino Vinsen Vinson Vinsý Vinton Vinzenz Vinícius Viola Violeta Violetta Violette Viorel
Viorela Viorica Vira Viraj Virdie Virge Virgel Virgia Virgie Virgil Virgilio Virgill Virginia
Virginie Virginía Virgle Viridiana Virman Virpi Virág Visar Visarion Visitación Vissarion Visvaldis
Vita Vitali Vitalija Vitalis Vitaliy Vitaly Vito Vitor Vittoria Vittorio Vitus Vitória Viva Vivaan
Viveka Vivi Vivian Viviana Viviane Vivianne Vivien Vivienne Viðar Viðja Viļums Vjekoslav Vjollca
Vlad Vladilen Vladimir Vladimír Vladimíra Vladislav Vladislavs Vladlen Vlado Vladyslav Vlaicu Vlas
Vlasta Vlastimil Vlora Vlădelina Voicu Vojtech Vojtěch Voldemārs Volkan Volker Volkhard Volkmar
Vollie Volney Volodymyr Volodymyra Von Vonda Vonetta Voney Vonnie Vopni Vordís Vorm Vratislav Vratko
Vreneli Vrinda Vrishti Vritti Vsemil Vseslav Vsevolod Vuokko Vurğun Vusumuzi Vyacheslav Vyanjana
Vysheslav Vytautas Vytė Václav Váli Vápni Vár Vâlâ Vân Väinö Vébjörg Vébjörn Védís Végeir Végerður
Vékell Vélaug Vélaugur Vémundur Véný Véronique Vésteinn Víbekka Víctor Víf Vífill Vígdögg Víggunnur
Víglundur Vígmar Vígmundur Vígsteinn Vígþór Víkingur Vísa Vít Vítor Vítězslav Víðar Víðir Víóla
Víóletta Víťazoslav Vöggur Völundur Vörður Vöttur Vüqar Vüsal Vėjūnė Věra Waahid Waail Waajid
Waceera Wachira Wade Wadee Wadi Wadood Wafa Wafae Wafeeq Wafi Wafiq Wafula Wage Wahab Wahb Wahban
Waheed Wahhaab Wahhaaj Wahyu Waida Waimarie Wainaina Waino Wairimu Wakeeta Wakiman Walburga Waldemar
Waldo Waldtraut Walentina Walfried Walid Walker Wallace Walli Wally Walt Walter Walther Walton
Waltraud Waltraut Waltrud Waluyo Wamalwa Wambua Wambugu Wambui Wamwema Wanda Waneta Wangari Wangila
Wangui Wani Wanita Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Ward Warda Wardaya
Wardell Wardi Warhi Waridi Warinder Warjas Warji Warner Warre Warren Warsa Warsita Warta Warwick
Waseme Wash Wasin Wasis Wassaya Wassim Watika Watson Watt Wava Waverly Wawan Waweru Wayde Wayland
Waylon Wayman Waymon Wayne Wazir Weaver Webb Webster Weddy Weena Wei Wekesa Weldon Wellington Welton
Wenceslao Wenche Wencke Wende Wendel Wendelin Wendell Wendi Wendolin Wendy Wenke Wenzel Wera Werner
Wes Wesley Wesonga Wess Wessel West Westin Westley Weston Wheeler Whit Whitley Whitney Wibke Widisha
Widya Wiebke Wieland Wieslaw Wigbert Wikitoria Wiktor Wilber Wilbert Wilbur Wilburn Wilda Wilder
Wiley Wilford Wilfred Wilfredo Wilfrid Wilfrido Wilfried Wilfriede Wilhelm Wilhelmina Wilhelmine
Wilhelmus Wiliam Wilkie Willa Willaim Willam Willard Wille Willem Willene Willfried Willi Willia
William Williams Willian Williard Willibald Willibert Willie Williemae Willis Willodean Willum Willy
Wilma Wilman Wilmar Wilmer Wilson Wilton Wiltrud Wim Winda Windell Windy Winfield Winford Winfred
Winfried Wing Winifred Winni Winnie Winnifred Winny Winona Winston Winthrop Winton Wira Wirda Wiremu
Wirt Wishi Wisnu Witold Wladimir Wojciech Woldemar Wolf Wolf-Dieter Wolf-Dietrich Wolf-Rüdiger
Wolfgang Wolfhard Wolfram Wong Woodie Woodroe Woodrow Woodson Woody Worley Wout Wouter Wriddhish
Wridesh Wright Wulan Wulf Wuraola Wyatt Wycliff Wycliffe Wylie Wyman Wynona Wálter Xalak Xalid Xaliq
Xamis Xanana Xander Xankişi Xanlar Xanım Xaver Xavi Xavier Xena Xenia Xia Ximena Xiomara Xiti Xiulan
Xiuying Xobeen Xolid Xosrov Xudaverdi Xudayar Xudu Xumar Xuân Xzavier Xénia Yaa Yaakov Yaaseen
Yachana Yacine Yada Yadavi Yadid Yadiel Yadigar Yadira Yael Yafi Yafir Yaghnam Yagnesh Yago Yahaira
Yahia Yahir Yahvi Yahya Yahyaa Yahyo Yahşi Yahşikan Yair Yaiza Yajaira Yakiv Yakobo Yakov Yakub
Yalazabay Yalgın Yaltırak Yalçın Yalın Yaman Yamar Yameen Yamid Yamile Yamilet Yamilex Yamin Yamini
Yan Yana Yanara Yance Yancy Yandel Yanet Yaneth Yang Yani Yanick Yanik Yanina Yanira Yanis Yanisa
Yankı Yann Yannic Yannick Yannik Yannis Yanuary Yaqeen Yaqoot Yaqub Yar Yara Yareli Yarema Yaretzi
Yargı Yaritza Yaropolk Yaroslav Yaroslava Yaryna Yasaar Yasan Yaseen Yasemen Yasemin Yash Yashasvi
Yashawini Yashem Yashica Yashoda Yashodhara Yashvi Yasin Yasina Yasinta Yasir Yasmeen Yasmin Yasmina
Yasmine Yasmín Yasna Yasser Yassin Yassine Yasti Yasuhiro Yatan Yathrib Yatin Yauvani Yavuz Yaw
Yawar Yawer Yayak Yazan Yazeed Yazganalp Yazgül Yazmin Yazmín Yağın Yağızkurt Yaşar Yaşattin Yda
Yecid Yee Yeferson Yefrem Yehuda Yeimy Yeison Yejide Yekbun Yekda Yelesen Yelysaveta Yelysey Yeneral
Yeni Yenifer Yenny Yeny Yepelek Yeraz Yergha Yerko Yerson Yertan Yesenia Yesica Yesid Yesoob
Yessenia Yessi Yessica Yetişal Yetta Yetunde Yeva Yevhen Yewande Yeşil Yfke Yigit Yilmaz Yina Yineth
Yinthe Ylenia Ylfa Ylfur Ylja Ylur Ylva Ylvi Ylvie Ymir Yngvar Yngve Yngvi Ynja Yoan Yoann Yocelyn
Yochana Yoel Yoga Yohan Yohana Yohane Yoichi Yoko Yolal Yolanda Yolande Yolima Yolonda Yonatan
Yonathan Yong Yono Yordan York Yoruç Yosef Yoselin Yoshiko Yoshio Yoshita Yosma Yosuke Yosyp Youba
Youcef Younes Youri Yousef Yousra Youssef Yrja Yrjö Yrkill Yrsa Ysaline Yudy Yug Yui Yukhym Yuki
Yuli Yulia Yulian Yuliana Yulieth Yulisa Yulissa Yuliya Yuly Yumiko Yuni Yunis Yunita Yunt Yunus
Yurani Yurany Yurdanur Yurdaser Yureed Yurem Yuri Yuridia Yurtgüven Yurtseven Yurttaş Yury Yusif
Yussuf Yustym Yustyna Yusuf Yuta Yutika Yuvenaly Yuvraj Yvan Yves Yvette Yvon Yvonne Yésica Yéssica
Yönetmen Yücel Yücelen Yümun Yıldır Yıldız Yılma Zaafir Zaahid Zaahir Zaakir Zabir Zablon Zac
Zacarías Zach Zacharia Zachariah Zacharias Zacharie Zachary Zachery Zack Zackariya Zackary Zackery
Zada Zadie Zaeem Zaenab Zafar Zafeer Zafir Zafrul Zahaar Zaharia Zaheer Zahfer Zahi Zahid Zahir
Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib Zaid Zaida Zaiden Zain Zainab Zainabu Zaira Zaire Zaitra
Zaituni Zak Zakaria Zakariyo Zakary Zakaría Zakarías Zakayo Zakhar Zakhele Zakir Zakiyaxon Zaliha
Zalindra Zalán Zaman Zamfir Zamfira Zamin Zamiq Zamir Zamira Zana Zander Zandra Zane Zaniyah Zansi
Zara Zarar Zaraza Zaria Zariah Zarina Zarna Zashil Zauqi Zaur Zavier Zavion Zaweel Zayan Zayd Zayden
Zaynab Zayne Zayyan Zayyir Zbigniew Zbyněk Zdenka Zdenko Zdeněk Zdeňka Zdislava Zdravko Zeb Zebirce
Zebulon Zechariah Zed Zeferino Zehaan Zehnia Zehra Zehranur Zejna Zekayi Zeke Zeki Zela Zelaya Zelda
Zelha Zelia Zeljko Zella Zelma Zelpha Zemfira Zemzem Zena Zenas Zende Zenia Zennun Zeno Zenobia
Zenon Zenovia Zenta Zenzele Zenzile Zerafet Zerdad Zeride Zeta Zetta Zettie Zevlüde Zewad Zeynal
Zeynelabidin Zeynep Zeyno Zeynulla Zhane Zhanna Ziba Zibuyile Ziedonis Ziggy Zigmund Zigrīda Zihni
Zikmund Zilfa Zillah Zilmil Zilpah Zilpha Zimran Zina Zinaida Zinal Zineb Zinhle Zinnura Zinnure
Zinovy Zion Zipporah Zita Ziya Ziyaettin Zizi Zlatica Zlatko Zlatoslava Zoa Zoe Zoey Zofia Zofija
Zoie Zoila Zoja Zola Zollie Zoltan Zoltán Zona Zophanías Zophonías Zora Zoraida Zoral Zoran Zorica
Zorka Zoryan Zosima Zoya Zoé Zoë Zsanett Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zuba Zubayr Zubeyde
Zuhri Zula Zulaikha Zulema Zulfa Zulma Zumaridi Zunilda Zuwayhir Zuwena Zuzana Zvonka Zvonko Zwatie
Zynoviy Zélie Zóphanías Zóphonías Zöhrehan Züfer Züheyla Zülbiye Züleyxa Zülfüye Zülgarni Zümre
Zümrüd
""".split())

MALE_NAMES: frozenset[str] = frozenset("""
Aaden Aadi Aage Aapo Aarav Aarnav Aarne Aaro Aaron Aarush Aarón Aatos Aayush Abayomi Abb Abbas Abbos
Abbott Abdalla Abdallah Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdiel Abdihakim
Abdirahman Abdiş Abdu Abduaziz Abduboriy Abdul Abdulbekir Abdulgazi Abdulhamid Abdulkadir Abdullah
Abdullahi Abdulloh Abdulmenaf Abdulsemet Abdumalik Abdurahmon Abdurrahman Abdón Abdülahat Abdülcemal
Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abe Abednego Abeer Abeiku Abel Abelardo Abhimanyu Abhiram
Abid Abie Abilio Abiodun Abiona Abner Abraham Abram Abror Abubakar Abubakr Abuzar Abyasa Acar Acey
Achiel Achille Achim Acie Aclan Acy Adak Adalbert Adalberto Adam Adamo Adams Adan Adasal Add Addi
Adebiyi Adebowale Adedayo Adedeji Adekitan Adekola Adekunle Adelard Adelardo Adelbert Adeleke Adelin
Adelmo Adem Aden Adeniyi Adeolu Adeoti Aderopo Adeshina Adesoji Adetayo Adeyi Adhiarja Adi Adiarja
Adigun Adika Adikara Adil Adin Adinata Adis Aditya Adlai Adlan Admir Admiral Adnan Adolf Adolfo
Adolph Adolphe Adolphus Adonis Adrain Adriaan Adrian Adriano Adriel Adrien Adrián Adron Adrían
Adríel Advaith Advay Advik Adán Adíel Adólf Adıgün Aedan Aengus Afanasy Afer Afil Afinogen Afiq
Afolarin Afonso Afrim Aftin Agafon Agap Agapito Agastya Aggey Aggrey Agim Agnar Agne Agni Agnolo
Agnos Agostino Agris Agron Agus Agustin Agustus Agustín Ahat Ahmad Ahmet Ahsen Ahti Aidan Aiden
Aidyn Aigars Aijuka Aimable Aime Aimo Aimé Ainārs Aitor Aivar Aivars Ajala Ajan Ajani Ajiman Ajimat
Ajimin Ajiono Akalan Akanmu Akar Akarsana Akatay Akbar Akbaş Akboğa Akcivan Akdora Akdurmuş Akeem
Akgöl Aki Akif Akim Akinkunmi Akinlabi Akinwale Akkerman Akmal Akmaner Akobir Akram Aksay Aksel
Akseli Akshay Aksöğüt Aktemür Akver Akwasi Akwesi Akçabay Akçasu Aköz Akınal Alaaddin Alade Aladin
Aladino Alaeddin Alain Alambana Alamiro Alamu Alan Alanalp Alanzo Alastair Alattin Alban Albano
Albeiro Alberico Albert Alberto Alberts Albertus Albin Albino Albion Albrecht Alby Albín Alcan Alcee
Alcide Alcides Aldair Aldar Aldemar Alden Alderano Aldin Aldis Aldo Alec Aleck Aleix Alejandro Alejo
Alek Aleks Aleksandar Aleksander Aleksandr Aleksandrs Aleksanteri Aleksei Aleksej Aleksey Aleksi
Alen Aleodor Alessandro Alessio Alevtyn Alexandar Alexande Alexander Alexandre Alexandro Alexandros
Alexandru Alexe Alexei Alexej Alexi Alexzander Alexíus Aleš Alf Alferd Alfie Alfio Alfons Alfonse
Alfonso Alfonz Alfonzo Alford Alfred Alfredo Alfreð Alfréd Alfrēds Alger Algernon Algie Algot
Aliabbas Aliihsan Alijah Alin Alinur Alirio Aliro Aliseydi Alistair Alistar Alister Aliyu Aljaž
Aljoša Alkor Allahverdi Allan Allen Alli Allyn Almar Almer Almir Almon Almond Almus Alois Alojz
Alojzij Alonso Alonza Alonzo Aloys Aloysius Aloïs Alparslan Alpcan Alpheus Alphonce Alphons Alphonse
Alphonso Alphonsus Alpin Alpsü Alrekur Alston Altin Alto Alton Altoğan Altuğ Altınkaya Altınışın
Alvah Alvan Alvar Alvaro Alve Alveiro Alver Alvia Alvie Alvin Alvis Alvy Alwin Amadeo Amadeus Amado
Amador Amancio Amando Amar Amare Amarion Amaro Amaru Amasa Amaury Amaç Ambers Ambrose Ambrosio
Ambróz Amedeo Amedeu Americo Amerigo Amico Amil Amin Amine Amir Amit Amleto Ammon Amol Amon Among
Amos Amri Amvrosiy Amvrosy Amza Américo Amílcar Amír Anacleto Ananias Anany Anar Anaru Anas
Anastacio Anastasio Anastasios Anatol Anatole Anatoli Anatolie Anatolij Anatoly Anay Ancel Ancil
Ancizar Anders Anderson Andile Andiç Andon Andor Andrae Andre Andreas Andree Andrei Andrej Andrejs
Andres Andrew Andrey Andrešs Andri Andrian Andrija Andrin Andris Andriy Andron Andronik Andrus
Andrzej András André Andréas Andrés Andwele Andy Anej Anes Anfernee Anfinn Angantýr Angavu Ange
Angelino Angelo Anggabaya Anghel Angi Angus Anh Anibal Anicet Anikey Anikita Anirudh Anis Anisim
Anjolaoluwa Anmol Annak Annar Annarr Annas Annel Annes Annibale Anom Anoni Ansaldo Ansel Anselm
Anselmo Ansgar Ansh Ansis Anson Anssi Antal Ante Antero Anthoney Anthony Antim Antione Antip Anto
Antoin Antoine Anton Antone Antonello Antoni Antonin Antonino Antonio Antonios Antoniu Antonius
Antons Antony Antonín Antoníus Antoon Ants Antti Antun Antwain Antwan Antwon António Antônio Anvar
Anwar Anyelo Aníbal Anže Aodhan Aongus Apaydın Apolinar Apollinary Apollo Apollon Apostolos Aqil
Aquiles Aran Aras Arba Arben Arbey Arbie Arbnor Arcan Arch Archer Archibald Archie Arda Ardian Ardit
Arefy Arent Ares Arezki Argemiro Argono Argu Ari Arian Aribert Aric Arif Arifcan Ariki Arild Arilíus
Arin Arinbjörn Aristarkh Aristide Aristides Arjun Arkadiusz Arkadiy Arkady Arkhip Arkut Arlan Arland
Arlen Arlin Arlind Arlington Arlis Arlo Arlyn Arman Armand Armando Armands Armas Armend Armin Armond
Armstead Arnald Arnaldo Arnaldur Arnar Arnau Arnaud Arnav Arnberg Arnbergur Arnbjörn Arnd Arndt
Arndór Arne Arnes Arnett Arnfinnur Arnfreyr Arnfried Arngeir Arngils Arngrímur Arnie Arnim Arnis
Arnkell Arnlaugur Arnleifur Arnljótur Arnmundur Arnmóður Arno Arnoddur Arnold Arnoldo Arnolds Arnošt
Arnsteinn Arnulf Arnulfo Arnviður Arnór Arnúlfur Arnþór Aron Arpağ Arpád Arran Arron Arsen Arsenie
Arsenio Arseny Arsim Arsipatra Artan Artanto Artawan Artem Artemio Artemy Arther Arthor Arthur
Arthúr Artie Artis Arto Arttu Artturi Artur Arturo Arturs Artúr Artūrs Aru Arvel Arvid Arvil Arvin
Arvo Arvīds Aryan Aríel Aríus Arıel Arıkol Arısoy Asa Asad Asael Asafe Asalet Asani Asberry Asbjørn
Asbury Asdrubal Asger Ashby Asher Asif Asilbek Asirwada Asirwanda Asko Askold Askur Aslan Aslanhan
Aslijan Asmadi Asman Asmianto Asmuni Aspar Assar Aston Astrit Aswani Asım Atabala Atagün Atalay
Atamoğlan Atasagun Atatöre Atenulf Atgun Athanasios Atharv Athman Athuman Athumani Atila Atilhan
Atilio Atlas Atli Atma Atmaja Atnan Atsushi Atte Atticus Attila Attilio Atılgan Aubra Audley Audy
Augustin Augustine Augusto Augusts Augustus Augustín Aukusti Aulis Aurel Aurelian Aureliano Aurelien
Aurelio Aurică Aurthur Aurélien Austar Austen Austine Austmann Austmar Auston Austri Austyn Auther
Author Authur Autry Auðbergur Auðbert Auðbjörn Auðgeir Auðkell Auðmundur Auðun Auðunn Auðólfur Avdey
Avelino Averky Avery Averyan Avgust Avhustyn Avi Avksenty Avon Avram Avreliy Avtonom Avşin Axel
Axinte Ayaan Ayaydın Aybora Ayden Aydin Aydinç Aydın Aydınbey Aygutalp Ayinde Aykutalp Ayman Aymen
Aymeric Ayodeji Ayodele Ayoub Aypar Aysoy Aytek Aytuna Ayub Ayush Ayushman Ayvas Ayşan Azaan Azad
Azar Azary Azeglio Azettin Aziz Azizi Açıkel Aðalberg Aðalbergur Aðalbert Aðalbjörn Aðalborgar
Aðalgeir Aðalmundur Aðalráður Aðalsteinn Aðólf Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağaxan Ağmur Aşir
Baba Babasola Babatunji Babawale Babe Babyboy Baccio Bachittar Bagas Bagiya Bagus Bagya Bahaddin
Bahadurjit Bahadır Bahati Bahittin Bahuraksa Bahuwarna Bahuwirya Bailie Bairon Bajragin Bajram
Bakari Bakda Baker Bakhshi Baki Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Bakti Baktiadi
Baktianto Baktiono Bala Balamantri Balangga Balapati Balatekin Baldassare Baldomero Balduino Baldur
Baldvin Baldwin Bale Balendra Balhaar Bali Balidin Balijan Balinda Baljiwan Ballard Baltasar
Baltazar Baltaş Balthasar Balvan Balveer Balz Balázs Bambang Banara Banawa Banawi Bancar Bandile
Banjeet Banks Baptist Baptiste Barak Baraka Barasa Barbu Baris Bariş Barna Barnabás Barnard Barnett
Barney Barnie Barrett Barri Barrie Barron Barry Barsen Bart Bartek Bartholomew Bartholomäus Bartley
Bartolomej Bartolomeo Bartolomeu Bartolomé Barton Barði Barışcan Bas Basarab Bascom Bashkim Basile
Basilio Bassi Bastiaan Bastian Bastien Bastián Bastían Basım Baturay Batırhan Baudelio Baudouin
Baugur Bautista Baxter Bayard Baydu Baykan Bayman Bayram Bayron Bayruhan Baytal Bayzettin Bazhen
Bağdaş Başay Başhan Başok Beat Beau Beauden Beckett Beckham Bedford Bedi Bedri Bedřich Beecher
Behrem Behruz Beinir Beinteinn Beitir Bekan Bekbay Bekim Bekir Bektaşi Bela Belarmino Belisario
Bellisan Bello Belo Belton Ben Benard Bence Bendegúz Benedek Benedetto Benedict Benedicto Benedikt
Bengibay Bengt Beni Beniamin Benicio Benidikt Benigno Benito Benjaman Benjamen Benjamim Benjamin
Benjamine Benjamín Benji Benjiman Benjman Benjámin Benn Bennett Benno Benny Benoit Benol Benone
Benoný Benoît Benson Bent Bentley Bento Benton Benvenuto Benício Benóní Benóný Beppe Berat Beren
Berend Berent Berg Bergfinnur Berghreinn Bergjón Bergmann Bergmar Bergmundur Bergsteinn Bergsveinn
Bergur Bergvin Bergþór Berkal Berki Berkley Berksay Bernabé Bernard Bernardino Bernardo Bernd
Bernd-Dieter Berndt Bernfried Bernhard Bernharð Bernharður Berni Bernie Bernt Bernward Bernódus
Berran Bersi Bert Bertalan Bertel Berthold Bertil Berto Bertold Berton Bertram Bertrand Besart
Beshte Besim Besin Besnik Bessi Bett Betúel Bevan Beyda Beyler Beyzade Beňadik Bhekani Biagio Bibuwa
Bican Biel Bilal Bilender Bilgen Bilgütay Bilol Biltaş Binbaşar Binışık Birger Birgir Birkir Birnir
Birsen Birt Birtingur Birtir Bişar Bjargar Bjargmundur Bjargþór Bjarkan Bjarkar Bjarki Bjarmar
Bjarmi Bjarnar Bjarne Bjarnfinnur Bjarnfreður Bjarnharður Bjarnhéðinn Bjarni Bjarnlaugur Bjarnleifur
Bjarnsteinn Bjarnólfur Bjarnþór Bjartmann Bjartmar Bjartur Bjartþór Bjorn Bjólan Bjólfur Björgmundur
Björgvin Björgólfur Björgúlfur Björn Björnólfur Bjørn Bladimir Blahoslav Blain Blaine Blaise
Blanchard Blane Blas Blaze Blaž Blažej Blerim Bluford Blængur Blævar Boaz Bob Boban Bobur Bode Bodhi
Bodo Boe Bogdan Bogi Bogomir Bohdan Bohodar Bohumil Bohumír Bohuslav Bohuš Bojan Bolden Boleslav
Bolli Bonface Boniface Bonifacio Bonifác Booker Boone Borahan Borataş Borgar Borgúlfur Borgþór Boris
Borislav Borja Borris Borut Borys Boryslav Bose Boss Boston Botond Bowman Boyan Boyce Boyd Boynak
Boysie Bozbağ Bozerk Boztaş Boði Boğatimur Bořivoj Boštjan Božo Brad Braden Bradford Bradley Bradly
Brady Bradyn Braeden Braedon Bragi Brahim Braiden Brain Bram Bramwel Branch Brandan Branden Brandin
Brandt Brandur Brandyn Branislav Branko Brannon Branson Brant Brantley Braulio Bravin Braxton Brayan
Brayden Braydon Braylen Braylon Breandan Brecht Breki Brencis Brendan Brenden Brendon Brennan
Brennen Brennon Breno Brent Brenton Bresi Brestir Bret Brian Brice Bridger Briek Brien Brieuc
Brijesh Brimar Brimi Brimir Brion Britton Brjánn Brock Broddi Broderick Brodie Brody Bronislav
Bronson Brooks Bror Bruce Bruno Bryan Bryant Bryce Brycen Bryngeir Brynjar Brynjólfur Brynjúlfur
Brynleifur Brynsteinn Bryntýr Brynþór Bryon Bryson Bryton Brími Buck Bucur Bud Budd Buddie Buddy
Budi Budimir Buel Buell Buenaventura Buford Buhari Bujar Bulunç Bunk Burak Burakhan Burckhard
Burdette Buren Burgess Burghard Burim Burk Burkard Burke Burkhard Burkhardt Burkni Burl Burleigh
Burley Burnell Burnett Burney Burnie Burns Burr Burrel Burrell Burt Burton Burç Bush Buster Butch
Butler Buyrukhan Bynum Byron Bystrík Bálint Bárður Bæring Bæringur Bæron Béla Bóas Bói Bótólfur
Börje Börkur Börteçin Böðvar Bøje Børge Búi Búri Büget Bünyamün Bănel Bērends Bērtulis Błażej
Břetislav Cabbar Cabir Cade Caden Cael Caesar Cagak Cager Cahal Cahangir Cahir Cahya Cahyadi
Cahyanto Cahyo Cahyono Caiden Cailum Cain Caio Caius Caket Cakrabirawa Cakrabuana Cakrajiya
Cakrawala Cakrawangsa Cal Calcedonio Cale Caleb Calebe Calhoun Calisto Calixto Callan Callum
Calogero Calum Calvin Calvince Cam Camden Camil Camillo Camillus Camilo Campo Camren Camron Can
Canal Canberk Candelario Candeniz Candido Candra Candrakanta Cangür Canice Cannon Cansin Cantemir
Cantez Canyon Caoimhin Caolain Caolan Caomhan Cap Capa Captain Caraka Carl Carl-Heinz Carl-Johan
Carleton Carlisle Carlito Carlo Carlos Carlton Carlyle Carmelo Carnell Carsen Carsten Carter Carub
Cas Case Casemiro Casen Casian Casimer Casimir Casimiro Cason Caspar Casper Cass Cassius Caswell
Cathal Catur Caturangga Cauã Cauê Cavad Cavid Cavit Cawisadi Cawisono Cawuk Cayadi Cayden Cayetano
Cazimir Ceasar Cebesoy Cebrián Cecep Cecil Cecilio Cedric Cedrick Cedrin Ceferino Celal Celestino
Celilay Celso Cem Cemal Cemalettin Cemani Cemeti Cemil Cemplunk Cenan Cengiz Cengkal Cengkir Cephus
Cercis Cesar Cesare Cetin Cevheri Ceylon Cezar Cezary Cezayir Chabane Chace Chadd Chadrick Chadwick
Chaim Chaitanya Chakradev Chakradhar Chalmer Chalmers Champ Champak Chanakya Chancey Chancy Chandran
Chandresh Charan Charle Charles Charls Charlton Charly Chas Chatresh Chatura Chauncey Chauncy Chaz
Che Chege Chema Cherif Cheruiyot Cheslav Chesley Chester Chet Cheusi Chibuzo Chigozie Chijioke Chin
Chinedu Chip Christ Christer Christiaan Christion Christof Christofer Christoffer Christop
Christoper Christoph Christophe Christopher Christos Chucho Chuck Chukwudi Chukwuemeka Chuy Châu
Cian Cianan Ciaran Cicero Cihandide Cillian Cindoruk Ciprian Cipriano Ciriaco Ciril Cirillo Cirino
Ciro Ciríaco Claas Clabe Claes Claiborne Clarance Clarence Clark Clarke Clarnce Clas Claud Claudio
Claudiu Claudius Claudy Claus Claus-Dieter Claus-Peter Clavs Clay Clayton Clearence Cleave Clell
Clemens Clement Clemente Clemon Cleon Cleophas Cleto Cletus Cleve Clide Clifford Clifton Clint
Clinton Clive Clodomiro Clovis Cloyd Clyde Cláudio Clément Clímaco Coby Codey Codi Codin Codrin Cody
Coen Cohen Colbert Colby Cole Coleman Coleton Coley Colie Colin Colins Collie Collier Collin
Collince Collins Collis Colm Colman Colon Colonel Colt Colten Colter Colton Coluccio Colum Columba
Columbus Colvin Commodore Con Conal Conall Conan Conard Conchur Conleth Conley Conn Connell Conner
Connor Conor Conrad Conradin Conrado Constant Constantin Constantine Conway Coolidge Cooper Corbett
Corbin Cord Cordaro Cordell Cordero Corentin Coriolano Cormac Cormack Corneille Cornel Cornelio
Cornelious Cornelis Corneliu Cornelius Cornell Corrado Corry Corsin Cortez Corvin Corwin Cosimo
Cosmas Cosme Cosmin Cosmo Costache Costantino Costanzo Costel Costin Coty Council Courtland Coy
Coşkun Coşqun Craig Crawford Creed Crin Cris Cristea Cristhian Cristhofer Cristian Cristiano
Cristián Cristobal Cristofer Cristofor Cristopher Cristóbal Crockett Csaba Csongor Ctibor Ctirad
Cullen Cuman Curdin Curley Curro Curt Curtis Curtiss Custodio Cvetko Cyprian Cyprián Cyriel Cyril
Cyrill Cyrille Cyrus Czeslaw Cándido Cédric Célestin César Côme Cümşüd Cüneyit Cýrus Călin Cătălin
Daan Dabney Dacian Dacin Dadap Dadi Dag Dagbjartur Dagel Dagfari Dagfinnur Daggeir Dagmann Dagnýr
Dagobert Dagoberto Dagur Dagþór Dai Dainis Dairo Dakoda Dakotah Daksh Dakshesh Dalan Dalbert Dalbir
Daler Dalibor Daliman Dalimin Daliono Dalkılıç Dalli Dallin Dalmann Dalmar Dalmas Dalton Dalvin
Damar Damarcus Damari Damarion Dameon Damian Damiano Damien Damife Damijan Damion Damir Damián
Damjan Damon Damond Damu Dan Danang Dancan Dancun Dandre Dane Danelíus Dangelo Danial Daniel Daniels
Danijel Danila Danilo Daniswara Danival Daniël Danjuma Dann Danniel Danny Danson Dante Danu Danuja
Danylo Daníel Daníval Danış Daquan Dardan Darell Daren Dariati Darien Darijan Darimin Darin Dario
Darion Daris Darius Dariusz Darko Darl Darmaji Darman Darmana Darmanto Darnell Darold Daron Darpan
Darran Darrel Darrell Darren Darri Darrian Darrick Darrien Darrin Darrion Darrius Darron Darry
Darryl Darryle Darryll Darryn Darsh Darsirah Dartono Daru Daruna Darvin Darwin Darwyn Daryani Daryl
Daryle Daryn Darío Daríus Dasa Dashawn Daud Daudi Daulton Daunte Davante Dave Davey Davi Davian
David Davide Davie Davin Davion Davis Davon Davonta Davonte Davor Davorin Davy Davyd Davíð Dawid
Dawson Dax Daxton Dayar Dayne Dayton Daði Dağistan Deaglan Dean Deandre Deane Deangelo Deante
Decebal Declan Dedric Dedrick Deegan Deforest Deiby Deion Dejan Dejon Dejuan Delano Delbert Delfino
Delfín Delil Delmar Delmas Delmer Delmus Delos Delphin Delton Delvin Delwin Demarco Demarcus Demario
Demarion Dementy Demeter Demetri Demetric Demetrio Demetrios Demetrius Demian Demid Demilade
Demirbüken Demiriz Demirok Demiryürek Demond Demonte Dempsey Demus Demyan Demyd Denizalp Denkel
Dennis Denny Denton Denzel Denzell Denzil Deníel Deon Deondre Deonta Deontae Deonte Dequan Derald
Dereck Derek Dereon Deric Derick Derik Derkay Derl Dermot Dermott Deron Derrek Derrell Derrick
Derwin Deryl Desean Deshaun Deshawn Desi Desiderio Desmond Destin Destry Detlef Detlev Dev Devansh
Devante Devaughn Deven Deviner Devonta Devontae Devonte Deward Dewayne Dewitt Dex Dexter Dezider
Dezső Değmeer Dhruv Diallo Diar Diarmaid Diarmuid Dick Dickie Dickson Didier Diederik Diedrich Diego
Dierk Dieter Diethard Diethelm Diether Dietmar Dietrich Digdaya Dijon Diken Dilan Dilder Dillan
Dillard Dillion Dillon Dimas Dimaz Dimitri Dimitrios Dincer Dinis Dink Dino Dinu Dinçkol Dinçsü
Diogo Dion Dionicio Dionigi Dionisio Dionte Dionýz Dipa Dirican Dirja Dirk Dirlik Dismas Ditmar
Dittmar Dixon Diyor Diðrik Djamel Dmitri Dmitry Dmytro Dobromysl Dobroslav Doc Dock Doctor Dodo
Dofri Dogan Doll Dolli Dolph Dolphus Dolun Dom Domagoj Domen Domenic Domenick Domenico Domhnall
Domingo Domingos Dominic Dominick Dominik Donaciano Donagh Donal Donald Donat Donatello Donato
Donavan Donavon Dondre Donell Doniyor Donn Donnacha Donncha Donnell Donny Dono Donough Donovan Donta
Dontae Donte Dorel Dorian Dorin Dorinel Dorman Dorofey Dorr Dorsey Doru Dorukhan Doss Doug Douglas
Douglass Dovud Dow Doyle Dozier Doğanalp Doğanşah Doğuhan Dragan Drago Dragutin Drahomír Drahoslav
Drajat Drake Draupnir Draven Dražen Dreki Drengur Dries Drilon Driton Drury Duane Duard Duarte Dubán
Ducu Dudley Duff Dufgus Dufþakur Dugfús Duilio Duje Duma Dumitru Duncan Dunia Duracan Durante
Durdali Durell Durmuşali Durodola Durrell Dursun Duruk Duruöz Durward Durwood Dusan Dustan Dustin
Dustyn Duuk Duván Duwayne Dušan Dvalinn Dwain Dwaine Dwane Dwayne Dwi Dwight Dwyane Dylano Dyllan
Dylon Dzintars Dániel Dávid Dénes Désiré Díómedes Dómald Dómaldi Dómaldur Dónald Dónaldur Dór Dóri
Dósóþeus Dölensoy Dúi Dúnn Dündaralp Dünyamalı Dýri Dýrmundur Dāvis Dũng Eamon Eamonn Ean Eanna
Earle Earley Early Earnest Easton Eba Ebb Ebbe Ebbi Ebbie Eben Ebeneser Ebenezer Eber Eberg Eberhard
Eberhardt Ebert Ebuakil Ebuka Ecemiş Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Edd Eddy
Edelbert Edelmiro Eder Edgar Edgard Edgardo Edgars Edgübay Edi Edier Edilberto Edilon Edilson Edin
Edinson Edison Edisson Edmon Edmond Edmund Edmundo Edmunds Edoardo Edon Edouard Edsel Edson Edu
Eduar Eduard Eduardo Eduards Edvard Edvin Edvīns Edw Edwar Edward Edwardo Edwin Edílon Eelis Eemeli
Eemil Eerik Eero Eetu Efe Efim Eflâtun Efrain Efraím Efraín Efrem Efren Efrén Efser Eftimie Ega
Egbert Eggert Eggþór Egil Egill Egils Egon Egor Egzon Ehrenfried Ehrhard Eider Eikar Eilífur Einar
Einari Einer Einir Eino Einvarður Einþór Eirik Eiríkur Eitel Eithan Eivin Eivind Eiðar Eiður Eja
Ekalinga Ekansh Ekapad Ekaraj Ekavir Ekbal Ekber Ekene Ekkehard Ekkehart Ekmel Eko Ekow Ekrem
Ekundayo Ekundu Eladio Elam Elariz Elberg Elbert Elbridge Elby Eldar Elden Elder Eldgrímur Eldjárn
Eldmar Eldon Eldred Eldridge Eldur Eldór Eleazar Elemér Elentínus Eleodoro Eleuterio Elex Elfar
Elfráður Elgün Elhan Eliakimu Elian Elias Elick Elie Eliecer Eliezer Eliga Eligah Elige Eligio Elihu
Elijah Elimar Elinór Elio Eliot Eliott Elis Eliseo Elisey Eliud Elizah Elizar Eliáš Elkana Elkin Ell
Elladio Ellert Ellery Elliot Elliott Ellison Elliði Ellsworth Ellwood Ellís Elman Elmar Elmer Elmeri
Elmidar Elmir Elmo Elmore Elmārs Elnur Elof Eloi Elon Elonzo Eloy Elphas Elpidio Elroy Elsworth
Elton Elturan Eluh Elvar Elver Elvin Elvis Elwin Elwood Elwyn Elxan Ely Elyas Elzie Elzy Elçin Elí
Elías Elíeser Elímar Elínbergur Elínmundur Elínór Elís Elöve Elşad Eman Emanoil Emanuel Emanuele
Emanuil Emanúel Emas Embrek Embuh Emeka Emelyan Emett Emiel Emigdio Emil Emile Emilian Emiliano
Emilien Emilio Emin Emir Emiro Emirşan Emit Emmanuel Emmanuil Emmanúel Emmerich Emmet Emmett Emmit
Emmitt Emmons Emong Emory Empluk Emre Emrullah Emry Emīls Enar Enda Endra Endre Endrit Enes
Engelbert Engilbert Engilbjartur Engiljón Engill Engin Enginiz Enis Ennio Ennis Enno Enoch Enock
Enok Enos Enrico Enrique Ensar Ensari Ensio Enteng Enver Enzio Enzo Eoghan Eoin Ephantus Ephraim
Ephram Ephriam Epifan Epifanio Eral Eraldo Erasmo Erasmus Erast Erastus Eraycan Erbil Erby Ercan
Ercihan Erdal Erdemer Erdibay Erdogan Erdursun Eremey Eremia Eren Erenalp Erensoy Ergener Erginel
Ergönül Ergün Erhard Erhardt Eric Erich Erick Erik Erinçer Erion Erkan Erkinel Erkki Erksoy Erkılıç
Erland Erlar Erle Erlendur Erling Erlingur Ermanis Ermanno Ermenegildo Ermes Ermil Ermolay Ermutlu
Ernest Ernesto Ernests Ernestó Ernie Ernir Ernst Ernst-August Ernst-Dieter Ernst-Otto Ernő Erofey
Erol Eron Eroğul Erpur Errol Ersel Erseç Ertan Erten Ertuncay Ertün Ervin Erving Ervín Erwan Erwin
Eryk Eryıldız Eröz Erşat Esa Esau Esben Esco Esekíel Esenbay Esentürk Esequiel Esjar Esker Eskil
Eskinalp Esko Esley Esneider Espartaco Espen Espiridión Esteban Estefan Estel Estes Estevan Estiawan
Estill Estiono Estiven Eston Esupofo Ethan Ethelbert Ethen Etibar Etienne Etiqad Ettore Euan Eugen
Eugene Eugenio Eugine Eugène Eulogio Eunan Eusebio Eusebiu Eustace Eustaquio Eutimio Eutropio Evald
Evan Evander Evangelos Evans Evaristo Evcimen Evdokim Evelio Everet Everett Everette Evert Evertt
Evgeny Evgraf Evlampy Evrimer Evsey Evstafy Evstigney Ewald Ewan Ewart Ewell Ewin Ewing Exequiel
Eyberg Eydan Eyjólfur Eylaugur Eyleifur Eymar Eymundur Eyríkur Eysteinn Eyvar Eyvindur Eyyub Eyyüp
Eyþór Ezekiel Ezell Ezequiel Ezgütekin Ezio Ezra Ezzard Eðvald Eðvar Eðvarð Eşref Faas Faber Fabian
Fabien Fabio Fabián Fabrice Fabricio Fabrisíus Fabrizio Facundo Fadey Fadil Fahrullah Faiq Falan
Falgeir Falk Falko Falur Fami Fannar Fannberg Fanngeir Faqid Faraj Faras Fares Farhan Farhod Farid
Fariq Faris Fariz Faron Farouk Farrell Farris Faruk Fate Fatih Fatmir Faton Fatteh Faustino Fausto
Fayette Fazil Fazul Feargal Fearghal Fed Fedde Fedele Federico Federigo Fedir Fedor Fedosy Fedot
Fehim Feisal Feliciano Felicien Feliks Felipe Felix Felton Fengur Fenni Fenrir Fenton Feofan
Feoktist Ferapont Ferat Ferd Ferdi Ferdinand Ferdinando Ferdínand Feremez Ferenc Fergal Fergus
Ferhat Ferihan Ferman Fermín Fernand Fernando Ferney Ferre Ferrell Ferris Fersan Fertram Ferzi
Festus Fetullah Feykir Feyruz Feza Fiachra Fidel Fidelis Fidencio Fielding Fiifi Filaret Filimon
Filip Filipe Filipp Filippo Filippus Filit Finbar Finbarr Finian Finis Finn Finnbjörn Finnbogi
Finnegan Finngeir Finnjón Finnlaugur Finnur Finnvarður Fintan Fiodor Fionan Fionntan Fiorenzo
Fiorino Firdavs Firdovsi Firman Firmin Firs Firudin Fisher Fisnik Fitan Fitim Fito Fitzgerald
Fitzhugh Fiyaz Fjalar Fjarki Fjólar Fjólmundur Fjölnir Fjölvar Fjörnir Flamur Flannan Flavio Flaviu
Fleet Flem Fleming Flemming Fletcher Flint Florea Florencio Florent Florentin Florentino Florian
Floridor Florim Florin Floris Florián Flosi Floyd Flurin Flynn Flóki Flórent Flóvent Foch Fodil Foka
Folke Folker Folkert Folu Foma Ford Forni Forrest Fortunat Fortunato Fossmar Foster Foty Fount Foy
Frado Francesco Franci Francisc Francisco Franciscus Franciszek Franck Franco Franjo Frank-Michael
Frank-Peter Franklin Frankline Franklyn Franklín Franky Frans František Frants Franz Franz-Josef
Franz-Peter Franz-Xaver François François-Xavier Frančišek Fraser Frazer Frazier Fred Freddy Frede
Frederic Frederick Frederico Frederik Fredi Fredie Fredo Fredric Fredrick Fredrik Fredy Freeman
Fremont French Freybjörn Freygarður Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór
Fricis Fridolin Fridrich Friedbert Friedemann Frieder Friedhelm Friedhold Friedo Friedrich
Friedrich-Karl Friedrich-Wilhelm Friend Frithjof Fritz Friðberg Friðbergur Friðbert Friðbjörn
Friðfinnur Friðgeir Friðjón Friðlaugur Friðleifur Friðmann Friðmar Friðmundur Friðrik Friðsteinn
Friður Friðvin Friðþjófur Friðþór Frode Froilán Frol Frosti Fryderyk Fránn Frár Frédéric Frímann
Fróði Fróðmar Fulgencio Fuller Fulton Fulvio Funi Furman Fuzayl Fuzuli Fylkir Fynn Fábio Fáfnir
Fálki Félix Fífill Fólki Fúsi Füzuli Gabe Gabin Gabino Gabor Gabriel Gabriël Gabríel Gada Gadang
Gading Gaduh Gael Gaetano Gagan Gage Gaige Gaiman Gaines Gaither Gal Galak Galaktion Galang Galar
Galasso Galdur Galen Galih Galiono Galip Gallego Galo Galuh Galur Galvarino Gamalíel Gaman Gamani
Gamanto Gambira Gamblang Ganda Gandewa Gandi Ganep Gangsa Gangsar Gani Ganjaran Gannon Gantar Gara
Garan Garang Garda Gardner Garech Gareth Garett Garey Garfield Garibaldi Garland Garner Garold
Garpur Garret Garreth Garrett Garri Garrick Garrison Garry Garth Garvan Garvin Gary Garðar Gaspar
Gaspard Gaspare Gasper Gaston Gastone Gastón Gathoni Gatis Gatot Gatra Gauge Gaui Gaukur Gaurang
Gaurav Gautam Gauthier Gauti Gautrekur Gautur Gautviður Gavan Gaven Gavin Gavrila Gavyn Gaylen
Gaylon Gaylord Gazel Gazmend Gaël Gaëtan Gašpar Gbadebo Gbolahan Gbowoade Gearld Gearoid Geary
Gebhard Gedeon Gedion Gee Geert Geir Geirarður Geirfinnur Geirharður Geirhjörtur Geirhvatur Geiri
Geirlaugur Geirleifur Geirmundur Geirröður Geirtryggur Geirvaldur Geirólfur Geirþjófur Geisli Gejza
Gellir Gelu Genaro Gencaslan Gennady Gennaro Geno Gençay Geo Geoff Geoffrey Geoffroy Geofrey Georg
George Georgel Georges Georgian Georgios Georgy Geovanni Geovanny Gerald Geraldo Gerard Gerardo
Gerardus Gerasim Geraud Geray Gereon Gerfried Gergely Gergő Gerhard Gerhardt Gerhart Germain German
Germán Gernot Gero Gerold Gerolf Geronimo Gerrard Gerrit Gerson Gert Gervasio Gerwin Gery Gerðar
Gerónimo Gestur Ghani Ghenadie Gheorghe Ghilas Ghislain Giacinto Giacobbe Giacomo Giampaolo
Giampiero Gian Gian-Luca Giancarlo Gianfrancesco Gianfranco Gianluca Gianluigi Gianmarco Gianni
Gianpaolo Gianpietro Gibson Gicu Gică Gideon Giel Gifford Gijs Gil Gilang Gilbert Gilberto Gildardo
Giles Gilford Gilles Gillis Gilmar Gilmer Gilmore Gils Gino Ginyas Gioacchino Gioachino Gioele
Gioffre Gion Gionata Giorgian Giorgio Giosuè Giovani Giovanni Giovanny Girik Girindra Girish
Girolamo Gisbert Gissur Gitau Githinji Gitonga Giuliano Giulio Giuseppe Giustino Giz Gizur Gjúki
Gladstone Glauco Gleb Glen Glendon Glenwood Glover Glynn Glói Glúmur Gneisti Gnúpur Gnýr Godfrey
Godofredo Godwin Goebel Goffredo Goncalo Gonzalo Gonçalo Gopal Goran Gorazd Gordan Gorden Gordey
Gordon Gorge Gorm Gostomysl Gottfrid Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottlob Gottskálk
Gottsveinn Governor Goyo Goði Goðmundur Graciano Grady Graeme Grafton Graham Grani Grankell
Granville Graves Graydon Grayling Grayson Graziano Greco Greene Greg Grega Greger Gregg Greggory
Gregor Gregorian Gregorio Gregory Greipur Gremislav Greppur Gretar Grettir Greyson Griffin Griffith
Grigore Grigory Grove Grover Grzegorz Grégoire Grégory Grétar Grímar Grímkell Grímlaugur Grímnir
Grímur Grímólfur Grímúlfur Guarino Guenter Guenther Guglielmo Guido Guilford Guilherme Guillaume
Guillermo Guiseppe Gumercindo Gumi Gunar Gunbir Gundolf Guneet Gunnar Gunnberg Gunnbjörn Gunndór
Gunner Gunngeir Gunnhallur Gunnlaugur Gunnleifur Gunnröður Gunnsteinn Gunnvaldur Gunnólfur Gunnóli
Gunnþór Guntars Gunter Gunther Guntis Guntram Gunārs Gurney Gury Gus Guss Gust Gustaaf Gustaf Gustav
Gustave Gustavo Gustavus Gustaw Gustáv Gusztáv Guthrie Gutti Guttormur Guus Guðberg Guðbergur
Guðbjarni Guðbjartur Guðbjörn Guðbrandur Guðfinnur Guðfreður Guðgeir Guðjón Guðlaugur Guðleifur
Guðleikur Guðmann Guðmar Guðmon Guðmundur Guðni Guðráður Guðröður Guðsteinn Guðvarður Guðveigur
Guðvin Guðþór Gwenael Gylfi Gyrðir Gyula György Győző Gzim Gábor Gérald Gérard Géza Gídeon Gígjar
Gísli Gói Gökay Gökbudun Göken Gökhan Göknur Göksev Gökten Gökçebalan Gökçil Gönen Göran Görgünay
Görklü Gösta Göte Götz Gözel Gústaf Gústav Gücal Gülağa Gülbala Gülel Güleğen Gülşahin Gümüştekin
Günaydin Günden Gündüz Gündüzalp Güneri Güngördü Günkurt Günser Günter Günther Günşen Gürarda
Gürelcem Gürsal Güçal Güçlüer Güçyeter Gýgjar Gýmir Habib Habibu Habil Haciali Haddi Haddur Haden
Hadi Hadithi Hadrien Hafberg Hafgrímur Hafiz Hafliði Hafnar Hafni Hafsteinn Hafþór Hagalín Hagbarður
Hagbert Hagen Haiden Hairyanto Hajo Hakan Hakeem Haki Hakikat Hakim Hal Halbert Hale Halid Halidun
Halil Halim Hall Hallberg Hallbjörn Halldór Hallfreður Hallgarður Hallgeir Hallgils Hallgrímur
Hallkell Hallmann Hallmar Hallmundur Hallsteinn Hallur Hallvarður Hallþór Halsey Haluk Ham Hamar
Hami Hamid Hamilton Hamis Hamish Hamisi Hamp Hampton Hampus Hamza Hamzah Handy Hanedan Hank Hannes
Hanni Hannibal Hanno Hanns Hannu Hans Hans-Adolf Hans-Albert Hans-Bernd Hans-Christian Hans-Detlef
Hans-Dieter Hans-Dietrich Hans-Eberhard Hans-Erich Hans-Friedrich Hans-Georg Hans-Gerd Hans-Gerhard
Hans-Günter Hans-Günther Hans-Heinrich Hans-Helmut Hans-Henning Hans-Herbert Hans-Hermann
Hans-Hinrich Hans-Joachim Hans-Jochen Hans-Josef Hans-Jörg Hans-Jürgen Hans-Karl Hans-Ludwig
Hans-Martin Hans-Michael Hans-Otto Hans-Peter Hans-Rainer Hans-Rudolf Hans-Theo Hans-Ulrich Hans-Uwe
Hans-Walter Hans-Werner Hans-Wilhelm Hans-Willi Hans-Wolfgang Hansel Hansford Hansgeorg Hansjoachim
Hansjörg Hansjürg Hansjürgen Hanson Hanspeter Hansruedi Hanss Hansueli Haralamb Haralambie Harald
Haraldur Harambee Hardana Harden Hardi Hardie Hardik Hardin Harding Hardy Hari Harijs Harimurti
Haris Harish Hariz Harja Harjasa Harjaya Harjo Harl Harlan Harland Harlen Harlie Harlon Harm Harman
Harmon Harol Harold Haroldo Haron Harrell Harri Harrie Harris Harrison Harro Harrold Harry Harrý
Harsana Harsanto Harsaya Harsh Harshil Hart Hartaka Hartana Hartley Hartmann Hartmut Hartmuth Harto
Hartvig Hartwell Hartwig Harun Haruna Harve Harvey Harvie Harvy Hasan Hasbek Hasim Haskell Hasso
Hasta Hatem Hauksteinn Haukur Haukvaldur Havrylo Hayali Hayes Hayret Hays Hayward Haywood Hazen
Hazrat Heber Hebert Hector Heikir Heikki Heiko Heilmóður Heimir Heimo Heiner Heinfried Heini Heino
Heinrekur Heinrich Heinz Heinz-Dieter Heinz-Georg Heinz-Gerd Heinz-Günter Heinz-Günther
Heinz-Joachim Heinz-Josef Heinz-Jürgen Heinz-Otto Heinz-Peter Heinz-Walter Heinz-Werner
Heinz-Wilhelm Heinz-Willi Heisi Heitor Heiðar Heiðarr Heiðberg Heiðbert Heiðlindur Heiðmann Heiðmar
Heiðmundur Heiðrekur Hekmet Hektor Helfried Helge Helgi Heliodoro Hellmut Hellmuth Helmar Helmer
Helmut Helmuth Helmút Hemang Hemi Hemmert Hence Henderson Hendra Hendri Hendrik Henery Henk Hennadiy
Henner Henning Henric Henrich Henricus Henrik Henrikki Henriks Henrique Henry Henryk Henrý Heorhiy
Heraclio Heraldo Herb Herbert Herberto Herbjörn Herfinnur Hergeir Hergill Hergils Heribert Heriberto
Herjólfur Herlaugur Herleifur Herluf Herman Hermanis Hermann Hermann-Josef Hermanni Hermenegildo
Hermes Herminio Hermon Hermundur Hermóður Hernan Hernando Herney Hernán Herrmann Herschel Hershel
Hershell Hersir Hersteinn Hersveinn Heru Hervar Hervarður Hervey Hervin Hervé Herwig Heryanto Hesbon
Heyvetullah Heyward Hezekiah Hezron Hezzie Hicham Hidde Hideki Hideo Hidir Hilal Hilario Hilaríus
Hilbert Hildar Hildibergur Hildibrandur Hildigeir Hildiglúmur Hildimar Hildimundur Hilding Hildingur
Hildir Hildiþór Hillard Hillery Hilliard Hilmar Hilmer Hilmir Hilton Himawan Himri Hindal Hinrich
Hinrik Hipólito Hiram Hiroshi Hitesh Hiçsönmez Hjallkár Hjalmar Hjalmer Hjalte Hjalti Hjarnar
Hjálmar Hjálmgeir Hjálmtýr Hjálmur Hjálmþór Hjörleifur Hjörtur Hjörtþór Hjörvar Hleiðar Hlib Hlini
Hljómur Hlynur Hlégestur Hlér Hlífar Hlíðar Hlíðberg Hlöðmundur Hlöður Hlöðvarður Hlöðver Hnefill
Hnikar Hnikarr Hoani Hobart Hobert Hobson Hocine Hoke Holden Holgeir Holger Holm Holmes Holti Homer
Homero Honoré Hoover Horace Horacio Horatio Hordiy Horea Horia Horst Horst-Dieter Horst-Günter
Horst-Peter Horton Horymír Hosea Hosie Hosteen Houcine Howard Howell Hoy Hoyt Hoàng Hrafn Hrafnar
Hrafnbergur Hrafnkell Hrafntýr Hrannar Hrappur Hraunar Hredhaan Hreggviður Hreimur Hreinn Hreiðar
Hreiðmar Hringur Hritik Hrollaugur Hrolleifur Hrvoje Hryhoriy Hrærekur Hrímnir Hróaldur Hróar
Hróbjartur Hrói Hrólfur Hrómundur Hróðgeir Hróðmar Hróðvar Hróðólfur Hrútur Hubbard Hubert Hubertus
Hudavent Hudson Huey Hugberg Hugh Hughes Hughey Hughie Hugi Huginn Hugleikur Hugo Hugues Hugó Huldar
Humberto Humoyun Humphrey Hunalp Hung Hunor Hunt Hurbert Hurley Huston Huxley Huy Huzuri Hvannar
Hyltir Hylur Hyman Hymen Hynek Hyrum Hákon Háleygur Hálfdan Hálfdán Hámundur Hárekur Hárlaugur
Hásteinn Hávar Hávarr Hávarður Håkan Håkon Håvard Hængur Hænir Héctor Héðinn Híram Hólm Hólmar
Hólmbert Hólmfastur Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór Hóseas Högni Hörður Höskuldur
Höður Húbert Húgó Húmi Húnbogi Húni Húnn Húnröður Hükümdar Hürdoğan Hüryaşar Hüseyin Hüseyn
Hüseynqulu Hüsmen Hıfzullah Iacob Iain Ian Iancu Ianis Ibidapo Ibrani Ibrohim Ibun Ibán Idris Idriz
Idık Ieremia Ifeanyi Ifechukwu Ige Ignace Ignacio Ignacy Ignatius Ignaty Ignatz Ignaz Ignazio Ignác
Igor Igors Ihaia Ihnat Ihor Ihsan Iisakki Ikbal Ike Ikenna Ikeoluwa Iker Ikhsan Ikin Ilari Ilarie
Ilarion Ildefonso Ilgı Ilhan Ilias Ilie Ilija Ilir Ilja Ilkka Illugi Illya Ilmari Ilmārs Ilya Ilyas
Ilyes Imam Imanol Imants Imaran Imer Immanuel Immanúel Immo Imran Imre Imrich Imron Indrajit Indrek
Indriði Indriķis Ingberg Ingbert Ingemar Ingi Ingiberg Ingibergur Ingibert Ingibjartur Ingibjörn
Ingileifur Ingimagn Ingimar Ingimundur Ingivaldur Ingiþór Ingjaldur Ingmar Ingo Ingolf Ingram
Ingvaldur Ingvar Ingvi Ingólfur Ingþór Inioluwa Innocent Innokenty Inocencio Ioan Ioannis Ion Ionel
Ionică Iosif Ipat Ipaty Ippazio Ippolit Irakly Irfan Irinel Irl Irnanto Irsad Irungu Irven Irvin
Irvine Irving Irwan Irwin Isaac Isaack Isaak Isac Isack Isadore Isai Isaiah Isaias Isak Isam Isaque
Isay Isaya Isaías Iseoluwa Isfandiyor Ishaan Isham Ishmael Ishola Ishwar Isiah Isidor Isidore
Isidoro Isidro Islom Ismael Ismail Ismaël Ismet Ismo Ismoil Ismık Isom Isreal Issa Issac Issack Issi
Istvan István Ituri Iulian Iuliu Iurie Iustin Iustinian Ivan Ivano Ivar Ivars Iver Iverson Ivo Ivor
Iván Iwan Iwo Izaiah Izayah Izidor Izmail Izot Iztok Izyaslav Iñaki Iľja Işıkay Işıman Jaak Jaakko
Jaan Jaanus Jabal Jabari Jabbar Jabez Jabulani Jace Jacek Jacinto Jack Jacky Jacob Jacobo Jacobus
Jacoby Jacopo Jacques Jacquez Jader Jadiel Jadon Jaeden Jaeman Jafet Jaga Jagapati Jagaraga Jagat
Jagdish Jagger Jaheem Jaheim Jahiem Jahir Jahongir Jai Jaider Jail Jaiman Jaimie Jair Jairaj Jairo
Jairus Jais Jajuan Jaka Jake Jaki Jakob Jakobe Jakobs Jakop Jakov Jakub Jaleel Jalen Jalia Jalmari
Jalol Jalon Jamaal Jamal Jamar Jamarcus Jamari Jamarion Jame Jameel Jamel James Jameson Jamil Jamin
Jamir Jamison Jamshid Jan-Erik Jan-Olof Jan-Peter Janez Jangwa Jani Janic Janick Janik Jankat Janko
Jannik Jannis Jano Janos Janosch Janus Janusz Japhet Japheth Jaquan Jaquez Jarad Jared Jaren Jaret
Jarett Jari Jarkko Jarl Jarlath Jarleth Jarmo Jarne Jarno Jarod Jarolím Jaromír Jaron Jaroslav
Jaroslaw Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jarvis Jarwa Jarwadi Jarwi Jase Jasen Jasiah
Jasin Jasmani Jason Jasper Jasur Jaswadi Jati Jatin Jatmiko Javan Javen Javi Javier Javion Javohir
Javon Javonte Jax Jaxen Jaxon Jaxson Jaxton Jay Jaya Jayadi Jayce Jaycob Jaydan Jaydin Jaydon Jayeng
Jaylan Jaylon Jaymes Jayson Jayvion Jayvon Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude
Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul
Jean-Philippe Jean-Pierre Jean-Pol Jean-Yves Jeannot Jeb Jed Jedediah Jedidiah Jeet Jef Jeferson
Jeff Jefferey Jefferson Jeffery Jeffrey Jeffry Jefri Jeison Jeisson Jelani Jelle Jelte Jemal Jenaro
Jenel Jennings Jens Jens-Peter Jens-Uwe Jenő Jep Jeppe Jeptha Jerad Jerald Jeramiah Jeramie Jeramy
Jere Jered Jerel Jereme Jeremey Jeremi Jeremiah Jeremias Jeremie Jeremy Jeremías Jerguš Jerimiah
Jerimy Jerker Jermain Jermaine Jerman Jermey Jermiah Jernej Jerod Jeroen Jerold Jerome Jeromy Jerrad
Jerrel Jerrell Jerrod Jerrold Jerry Jerson Jerzy Jerónimo Jerôme Jes Jesper Jess Jessee Jesus Jesús
Jethro Jetmir Jeton Jett Jevgeni Jevon Jezups Jhan Jhoan Jhon Jhonatan Jhonny Jhony Jiles Jim Jimmie
Jimmy Jinawi Jindra Jindřich Jip Jiri Jiří Joachim Joacim Joakim Joannes Joao Joaquim Joaquin
Joaquín Joash Job Jobe Jobst Jochem Jochen Jochum Joe Joel Joep Joerg Joeri Joeseph Joesph Joey
Joffrey Johan Johann Johannes Johans Johathan John Johnathan Johnathon Johney Johnny Johnpaul
Johnson Johnstone Johny Joko Jon Jona Jonah Jonas Jonatan Jonathan Jonathon Jones Jonny Jono Jonás
Jonáš Joojo Joona Joonas Joonatan Joost Joppe Joram Joran Jorden Jordi Jordon Jordy Jordán Joren
Jorge Joris Jorma Jorn Jort Jory Jos Jose Josef Joseluis Josep Joseph Josephat Josephus Josh Joshua
Joshuah Josiah Josip Joso Josphat Josse Jost Josua Josue Josué Jouko Jouni Jovan Jovani Jovanni
Jovanny Jovany Jozef Jozo João Joé Joël Joško Jožef Juan Juanito Judah Judd Jude Judson Juelz
Juergen Juha Juhana Juhani Juho Jukka Jules Julian Julien Julio Julious Julius Juliusz Julián Juluis
Juma Jumaane Jumadi Jumari Jun Junior Junious Junius Juraj Jure Jurgen Juri Jurij Juris Jurre Jussi
Justen Justin Justiniani Justo Juston Justus Justyn Jusuf Juuso Juvenal Juwan Juwon Jyrki Ján János
Járngrímur Játgeir Játmundur Játvarður Jérémie Jérémy Jérôme Jóakim Jóann Jóel Jóhann Jóhannes Jói
Jómar Jómundur Jón Jónar Jónas Jónatan Jónbjörn Jóndór Jóngeir Jónmundur Jónsteinn Jónþór Jósafat
Jósavin Jósef Jósep Jósteinn Jósúa Jóvin Józef József Jökull Jörfi Jörg Jörg-Peter Jörgen Jörmundur
Jörn Jörri Jörundur Jörvar Jörvi Jørgen Július Júlí Júlían Júlíus Júní Júníus Júrek Jürg Jürgen Jüri
Jānis Jāzeps Jēkabs Jēkaubs Jędrzej Jūlijs Kaan Kaarlo Kabir Kabiru Kacper Kacung Kada Kade Kadeem
Kaden Kadin Kadir Kadyn Kaeden Kael Kahir Kahlil Kahu Kai Kai-Uwe Kaiden Kaique Kairav Kaj Kajen
Kajetan Kakali Kaktus Kaldi Kale Kaleb Kalel Kalen Kalervo Kalevi Kalgay Kalim Kalle Kallistrat
Kalman Kalmann Kalmar Kalpit Kalvin Kamal Kamar Kamau Kambali Kamden Kamidin Kamiel Kamil Kamran
Kamren Kamron Kanak Kanda Kane Kanini Kanpulat Kanye Kapagan Kapiton Kaprasíus Karabaş Karaca Karaer
Karakucak Karanbay Karani Karanja Karataş Karcan Kardi Kareem Kareen Karim Kariman Karimi Kariuki
Karja Karkur Karl Karl-August Karl-Dieter Karl-Erik Karl-Ernst Karl-Friedrich Karl-Georg Karl-Hans
Karl-Heinrich Karl-Heinz Karl-Hermann Karl-Josef Karl-Jürgen Karl-Ludwig Karl-Otto Karl-Peter
Karl-Werner Karl-Wilhelm Karles Karlfried Karlheinz Karlo Karlukhan Karman Karna Karp Karsa Karsana
Karson Karsten Karta Karter Karvel Karya Kasen Kash Kashangaki Kasim Kasimir Kasiran Kason Kaspar
Kaspars Kasper Kassim Kastriot Kastíel Kasusra Kasyan Katana Katarínus Kató Kauko Kauri Kavon Kavurt
Kawaca Kawaya Kay-Uwe Kayagün Kaygusuz Kayrabay Kayson Kayun Kayıt Kazim Kazimierz Kazimir Kazimír
Kazuo Kazuya Kazım Kaşif Keagan Kealan Keandre Keano Keanu Keaton Keegan Keelan Keenan Keenen Kegan
Keifer Keijo Keion Keith Keji Kelan Kelby Keld Kelechi Kellan Kellen Kelton Kelvin Kelâmi Kem Kemal
Kemba Kemboi Ken Kenan Kenari Kendell Kendrick Kenedy Kenes Keneth Kenichi Kenji Kenn Kennard Kennet
Kenneth Kenney Kennith Kennth Kenny Kenter Kenth Kenton Kenyangi Kenyon Kenzo Keon Keran Kerim
Kerman Kermit Kerwin Keshaun Keshawn Kete Ketilbjörn Ketill Kevan Keven Kevin Kevon Keyon Keyshawn
Khaled Khalid Khalil Khamani Khamisi Khari Khariton Kharlampy Khiry Khoa Khoma Khristofor Kiaan Kian
Kiano Kiapo Kiaran Kiarie Kibar Kibet Kick Kiefer Kiel Kieran Kiernan Kieron Kieth Kijani Kike
Kilian Kiljan Killian Kilonzo Kilían Kimani Kimanzi Kimathi Kimball Kimbilio Kimeu Kimmo Kimutai
Kingston Kinte Kinubi Kinuthia Kinyanjui Kinyua Kioko Kip Kipchirchir Kipchumba Kipkemboi Kipkemoi
Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno Kipngetich Kipp
Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptoo Kipyegon Kir Kiramettin Kirill Kirk Kirt Kirui Kit
Kiume Kiyasi Kiyoshi Kjalar Kjallakur Kjaran Kjartan Kjarval Kjeld Kjell Kjetil Kjárr Kjói Klaas
Klas Klaus Klaus-Dieter Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter Klaus-Ulrich
Klaus-Werner Klavdy Klavs Klemen Klemens Klement Klemenz Kliment Klyment Klængur Knox Knud Knut
Knute Knörr Knútur Kobe Koby Kocabaş Koda Kody Koech Koen Koenraad Kofi Koggi Kojo Koko Kolawole
Kolbeinn Kolbjörn Kolby Koldan Kole Kolfinnur Kolgrímur Kolmar Koloman Kolskeggur Kolten Kolton
Kolur Kolviður Kondo Kondrat Kondraty Konguralp Konner Konnor Konon Konrad Konradi Konradus Konráð
Konstantin Konstantinos Konstanty Konstantínus Konštantín Kopan Koray Korbin Korbinian Kordell
Korede Korey Korir Korkmazalp Kormákur Kornel Kornelius Kornelíus Kornil Kornél Kort Korugan Kory
Kosgei Kostyantyn Kotuz Kovu Koçak Koçkan Koðrán Koşukhan Kraig Kraki Krish Kristall Kristaps
Kristberg Kristbergur Kristbjörn Kristdór Kristens Krister Kristers Kristfinnur Kristgeir Kristiaan
Kristijan Kristinn Kristián Kristjan Kristján Kristjón Kristlaugur Kristleifur Kristmann Kristmar
Kristmundur Kristof Kristofer Kristoffer Kristopher Krists Kristvaldur Kristvarður Kristvin Kristóf
Kristófer Kristþór Krisztián Krisztofer Krišjānis Krišs Krištof Krummi Krystian Kryštof Krzysztof
Ksawery Kuddusi Kujoe Kujtim Kullervo Kumar Kuncara Kunibert Kuno Kunta Kunthara Kupriyan Kuria
Kurnia Kurt Kurtis Kurunzi Kushtrim Kusiima Kustaa Kusuma Kutay Kuzma Kveldúlfur Kvetoslav Kwabena
Kwadwo Kwaku Kwame Kwamena Kwasi Kweku Kwesi Kyalo Kyan Kyano Kylan Kyler Kylian Kyllian Kymani
Kyosuke Kyree Kyrylo Kyson Kálmán Kár Kári Károly Kâmil Kåre Kévim Kévin Kópur Köker Köktaş Kösemen
Kürşad Kārlis Kılıçbay Kınel Kırat Kırgız Kıvılcım Kızıl Kızıltunç Laban Labinot Labuh Lachlan
Ladarius Laddie Ladimir Ladislau Ladislaus Ladislav Lafayette Lafe Lage Laimonis Lajos Laksana Laksh
Lakshit Lalo Lamar Lamarcus Lambert Lamberto Lameck Lamine Lamont Lamonte Lanang Lance Landan Landen
Lander Landin Lando Landon Landyn Lane Langalibalele Langat Langgeng Lanjar Lanny Lantar Laquan Lark
Larkin Laron Larry Lars Lars-Erik Lars-Göran Lars-Olof Lary Lascăr Lasmanto Lasmono Lasse Lassi
Laswi Laszlo Latif Latrell Laufar Laugi Laurance Laureano Laurens Laurent Laurenz Laurian Laurin
Lauris Laurits Lauritz Laus Laust Lautaro Lavar Lavr Lavrenty Lawerence Lawrance Lawrence Lawson
Lawton Lawyer Layne Layton Lazar Lazaro Laziz Lazzaro Lazăr Lazım Leamon Lean Leander Leandro Leano
Leart Ledion Ledün Leeroy Leevi Lega Legawa Leider Leif Leifur Leiknir Leiðólfur Leke Leland Lem
Lembah Lemmie Lemon Lemuel Len Lenard Lenin Lenn Lennard Lennart Lennarth Lennert Lennon Lenny Lenon
Lenord Lenwood Leo Leocadio Leon Leonard Leonardo Leonce Leoncio Leonel Leonhard Leonid Leonidas
Leons Leontin Leontiy Leonty Leopold Leopoldo Leordean Leoš Lere Leroy Les Less Lester Leszek Lev
Levar Levente Levern Levi Levie Levin Levis Levko Levon Levoslav Levy Leví Lew Lewis Lex Leó León
Leónidas Leópold Liam Lian Lias Liban Libardo Liberto Libor Lică Lieven Lige Lilburn Liljar Lillard
Lim Liman Limar Lindar Lindberg Lindbergh Lindell Linden Link Lino Linton Linus Linwood Linzy Lio
Lionel Liridon Lirim Lirjan Lisandro Lish Lisle Liston Little Littleton Livingstone Livio Liviu
Ljubisa Ljósálfur Ljótur Ljúfur Llewellyn Lloyd Loan Lode Lodewijk Lodovico Loek Loftur Logi Lohit
Loke Loki Lon Loney Longin Lonny Lonzo Lope Loran Lorcan Lorenz Lorenzo Lorik Lorin Loring Lorne
Lotfi Lothar Lott Loui Louis Louka Lourenço Lovell Lovett Lovre Lovro Lowe Lowell Lowie Loy Loyal
Loyd Loïc Loðmundur Luan Lubomír Luboš Luc Lucas Lucca Luchezar Luchino Lucho Lucian Luciano Lucien
Lucio Lucious Lucius Ludger Ludo Ludolf Ludovic Ludovico Ludovicus Ludvig Ludvik Ludvík Ludwig Luděk
Luej Luhung Luigi Luis Lukas Lukasz Luke Lukita Lukman Lukyan Lukáš Luluh Lulut Lulzim Lum Lumír
Lundi Lungile Lurhur Luster Lute Lutfan Lutfi Luther Luthfi Lutz Luuk Luwar Luwes Luyanda Luzius
Luís Lwandile Lyam Lydell Lyle Lyman Lyndon Lyngar Lynwood Lyubim Lyubomir Lyubosmysl Lár Lárent
Lárentíus Lárus László Lázaro Léandre Léo Léon Léonard Léonce Léopold Lér Línberg Líni Lórens Lórenz
Lúkas Lúter Lúther Lúðvíg Lúðvík Lütfi Lýtingur Lýður Maanas Maanav Maarten Mac Macario Macarthur
Macauley Mace Maceo Macharia Maciej Mack Macs Madden Maddox Maddux Madhav Mads Mael Maggi Magne
Magngeir Magni Magnus Magnús Magnþór Mahdi Mahesa Mahfud Mahir Mahlon Mahmoud Mahmud Mahmut Mahsun
Maicol Maik Maikol Maina Maingi Mairtin Makai Makan Makar Makara Makau Makhi Makokha Makori Maks
Maksim Maksimiljan Maksimilyan Maksur Maksym Maksymilian Makunga Makuta Makuu Mal Malachi Malachy
Malakai Malaki Malcolm Malcom Male Malik Malio Malte Malthe Malvin Mamadou Maman Manaaki Manabu
Manaf Manah Manan Manawa Manbir Mandla Mandlakhe Manford Manfred Manfreð Manley Manly Manning Manole
Manolo Mansfield Manson Mansurali Mantas Manthan Manuel Manus Manúel Maqsud Maras Marbjörn Marc
Marcantonio Marcel Marcelino Marcell Marcello Marcellus Marcelo Marchello Marcial Marciano Marcin
Marcio Marco Marcos Marcu Marcus Marek Mareks Marel Margana Margarito Margeir Margrímur Margus
Marguy Mariadi Mariano Marijan Marijn Marijón Marino Marinus Marinó Mario Marius Mariusz Marián
Marjón Markel Markell Markku Marko Markus Markó Markús Markþór Marland Marlin Marlon Marnix Maron
Maroš Marques Marquez Marquis Marquise Marri Marrion Mars Marsellíus Marsh Marshall Marsito Marsudi
Mart Martaka Martana Martani Marteinn Martell Marten Martez Marthen Martial Martijn Martim Martin
Martino Martti Martyan Martyn Martí Martín Marvin Marwata Maryadi Maryanto Marías Marínó Marís
Maríus Masao Masar Masika Masinde Mason Massimiliano Massimo Massinissa Mat Mate Matei Matej Mateo
Mateus Mateusz Matevž Math Matheo Matheus Mathew Mathews Mathias Mathieu Mathijs Mathis Mathys
Mathéo Mathías Mati Matias Matic Matiu Matjaž Mato Matouš Mats Matt Matteo Matthew Matthias Matthieu
Matthijs Matthäus Matthías Matti Mattia Mattias Matts Mattéo Mattías Matvey Matyáš Matéo Matías
Matúš Matěj Matīss Mauno Mauri Maurice Mauricio Maurilio Maurin Maurits Mauritz Maurizio Mauro
Maurus Maury Maurycy Maverick Mavuno Max Maxence Maxim Maxime Maximiano Maximilian Maximiliano
Maximilien Maximilián Maximillian Maximino Maximo Maximus Maxwel Maxwell Maxx Maykol Maynard Mayo
Mazlum Maël Mbithi Mboya Mbugua Mburu Mcarthur Mcebisi Mearl Mechislav Mecit Medard Meelis Mees
Mefarettin Mefody Mehdi Mehdiqulu Mehman Mehmed Mehmet Mehmetzahir Meik Meinhard Meinolf Meinrad
Mekhi Mekkinó Mel Melbourne Melchior Melchor Melichar Melihcan Melker Melkíor Melkólmur Melle
Melrakki Melton Melville Melvin Melvyn Melwin Memili Menachem Mengi Mengüç Mensalder Mentor Mercer
Merdi Mergim Merijn Merkúr Merl Merlin Merlyn Merrill Merritt Mert Mertel Merton Mervin Mervyn
Merwin Merzuk Meshack Messiah Mestur Mesut Metehan Methúsalem Metin Metinkaya Metod Metro Metúsalem
Mevlüt Meyer Meyvant Meşhur Micael Miceal Micha Michael Michail Michale Michaël Michał Micheal
Michelangelo Micheletto Michelotto Michial Michiel Mick Mickael Mickaël Micky Miel Mieszko Miguel
Miguelangel Miha Mihael Mihai Mihail Mihajlo Mihels Mihhail Mihin Mihkel Mihnea Mihály Miika Mijo
Mik Mika Mikael Mikaere Mikal Mikayıl Mike Mikeal Mikel Mikels Mikhail Mikhey Mikjáll Mikkael Mikkel
Mikko Miklós Mikołaj Mikuláš Mikyas Milas Milay Milburn Mildinberg Mile Milen Miles Milford Millard
Miller Mills Milo Milorad Milos Miloslav Milovan Miloš Milton Mily Milán Minenhle Miner Minh Minor
Minoru Mio Miodrag Mir Miran Mirbadin Mircea Mirco Mirko Miro Miron Mironshoh Miroslav Miroslaw
Mirsad Misael Mischa Mishat Mislav Mitch Mitchel Mitchell Mitesh Mitică Mitofan Mitra Mituru Miķelis
Miłosz Mjöllnir Mjölnir Mladen Mlungisi Modest Modesto Modris Moe Mogens Mohamad Mohamedi Mohammad
Mohamud Mohand Moises Moisey Moisés Mojmír Mokey Moli Momanyi Monis Monroe Mont Monte Montel
Montgomery Montrell Monty Moody Mordechai Moreno Moritz Morris Morten Mortimer Morton Mose Moses
Moshe Mosi Mouloud Mounir Mourad Moussa Mstislav Mthokozisi Mucahit Muchiri Muema Mueni Mugambi
Mugendi Muggur Mugo Mugur Mugurel Muhamed Muhamet Muhammad Muhammadali Muhammadamin Muhammadamir
Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo Muhammadsodiq Muhammadsolih Muhammadumar
Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet Muharrem Muhip Muhyettin Muia Muiruri
Mujur Mukhwana Muktedir Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Munene Mungai
Muni Muninn Munyao Munyoki Murad Murat Muratcan Murdock Muriithi Murilo Murimi Murithi Muriuki Murod
Murphy Murray Murry Mursinin Mursita Murti Musa Musafet Musau Musee Musembi Mustafa Mustafo Mustapha
Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama Muthengi Muthoka Muthoni Muthui Mutie Mutinda
Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga Muturi Muvaffak Muxtar Muzaffer Mwangangi Mwangi
Mwaniki Mwanzia Mwaura Mwende Mwendwa Mwezi Mwikali Mwiti Mychal Myer Mykel Mykhaylo Mykolay Mykyta
Myles Myrkvi Myron Myroslav Mzamo Máni Már Márcio Mário Márk Márton Márus Mátyás Máté Máximo Måns
Mårten Mías Mímir Mír Míó Móri Móric Mórits Móses Móði Möhsim Mörður Múli Mübariz Mücellib Müfit
Mükramin Mülâyim Mümtaz Münif Mürit Müslum Müslüm Müzekker Mýrkjartan Māris Mārtiņš Mădălin Nabil
Nacer Nachiket Nacho Nacio Nadir Nae Nael Nafii Nahashon Nahuel Naim Najam Najee Najib Nakif Nakip
Naksh Nakul Nalar Nam Namiq Namon Nand Nando Naoki Naoto Napoleon Napoleone Naradi Narcis Narciso
Narcisse Nardi Narfi Narji Narkis Nas Nasab Naser Nash Nasim Nasir Nasiru Nasrullah Nassim Nasuf Nat
Natalio Natan Natanael Nataniel Nataníel Nate Nathan Nathanael Nathanaël Nathanial Nathaniel Nathen
Natiq Naud Naum Naveen Nayil Nazar Nazario Nazim Nazir Nazlim Nazmi Naël Naïm Nağı Ndegwa Nderitu
Ndirangu Nduku Ndung'u Ndunge Ndungu Nduta Neal Nebih Nebojsa Necati Necdat Nechifor Necmettin Ned
Needham Neel Neely Neftalí Nehemiah Nehip Neider Neil Neill Neisti Nejc Nel Nelio Nello Nels Nelson
Nelu Nemanja Nenad Nenni Neo Neptúnus Nerim Nery Nesip Nestor Neville Nevin Nevio Nevsal Newell
Newman Newt Newton Nezihi Ng'ang'a Ngamia Nganga Ngari Ngeni Ngigi Ngugi Nhiên Nhlanhla Nial Niall
Nibaldo Nicanor Nicat Niccolò Nichifor Nicholas Nicholaus Nicholus Nick Nicklas Nicklaus Nickolas
Nickson Nicky Niclas Nico Nicoară Nicodemo Nicodemus Nicodim Nicolae Nicolai Nicolaie Nicolaj
Nicolas Nicolaus Nicolás Nicolò Nicu Niek Niels Nifont Nigel Nihai Niilo Nik Nikandr Nikanor Nikau
Nikhil Nikifor Nikko Niklas Niklaus Niko Nikodem Nikodim Nikolai Nikolaj Nikolajs Nikolaos Nikolas
Nikolaus Nikolay Nikon Nikora Niks Nikulás Nikša Nil Nile Niles Nilo Nils Nilson Nim Nino Nitesh
Nixon Niyaga Niyaz Niyazi Niyilolawa Njabulo Njagi Njenga Njeri Njeru Njiru Njogu Njoki Njoroge Njue
Njuguna Njáll Njörður Nnamdi Noah Noam Noble Noe Nolan Nolberto Nolen Noman Nonni Nonso Norbert
Norberto Norbey Norman Normand Normann Normunds Norris North Norton Norval Norwood Norðmann Noud
Nout Novruz Noé Noël Nrima Ntimi Nugraha Nuhu Nuno Nunzio Nural Nurcan Nuretdin Nurettin Nuri Nuriat
Nurkan Nurlan Nurmuhammad Nuru Nurulla Nurullah Nuyan Nwabudike Nyaga Nyakundi Nyamai Nyambura Nyana
Nyawira Nyoman Nyongesa Nzioka Nzomo Nándor Náttmörður Náttúlfur Néstor Níels Níls Nóam Nóel Nói
Nóni Nóri Nóvember Nökkvi Númi Nývarð Oakley Oba Obe Obed Obie Obinna Ocampo Ochieng Octav Octave
Octavian Octavio Octaviu Octavius Odd Oddbergur Oddbjörn Oddfreyr Oddgeir Oddi Oddie Oddkell
Oddleifur Oddmar Oddsteinn Oddur Oddvar Oddþór Odhiambo Odhran Odin Odis Odkanlı Odongo Oduor Odus
Offie Oganer Ogden Ogooluwa Oisin Oiva Ojas Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okhrim
Okoth Okseven Okta Oktavíus Okto Októ Októvíus Oktüremiş Okumu Okyalaz Oladare Oladimeji Olaf
Olakunle Olan Oland Olanrewaju Olansile Olavi Olca Oldağ Oldrich Oldřich Ole Oleg Olegario Oleh
Oleksa Oleksandr Olen Oles Oley Olfert Olgeir Olgierd Olimpian Olimpiu Olimpy Olin Oliver Olivert
Olivier Oliviu Olivér Oliwer Oliwier Olle Olli Olof Oloo Olov Olumorotimi Oluoch Oluwafemi
Oluwagbemiga Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwole Omaca Oman Omar Omari Omarion
Omelyan Omer Omkaar Omobobola Omondi Omotayo Onat Ondieki Ondrej Ondřej Oneal Onesmus Ongay Onkar
Onni Onofre Onufry Onuker Onur Onurcan Onursu Onveer Onyango Onysym Opan Opanas Opiyo Opung Oqtay
Oran Orange Oranlı Orazio Orduxan Oren Orest Oreste Orfeus Orgün Orhan Orie Orin Orinder Orion Oris
Orkhyp Orland Orley Orlin Orlo Ormar Ormur Orren Orri Orrin Orris Orson Ortak Ortwin Oruç Orval
Orvar Orvel Orvil Orville Orvin Orvis Orxan Osamu Osbaldo Osborn Osborne Oscar Osip Oskar Oskari
Oskars Oskár Osman Osmo Osogo Ossi Ossian Ostap Ostromir Osunleke Osvald Osvaldo Osvalds Oswald
Oswaldo Oswin Otabek Otakar Otay Otfried Othel Othmar Otho Otieno Otis Otkell Otmar Oto Otri Ott
Ottavio Ottfried Otti Ottis Ottmar Otto Ottokar Ottomar Ottone Ottó Otur Otávio Ouanes Ouma Oussama
Ove Ovid Ovidio Ovidiu Ovila Owe Owen Owens Owino Owuor Oymak Ozansü Ozy Ozzie Oğulbaş Oğurata
Oğuzman Oļģerts Paavo Pablo Paco Padraic Padraig Padraigh Paiman Paker Pakhom Palle Palmer Pambe
Pamfil Panagachie Panait Panas Panca Pancho Pandu Panfil Panfilo Pangeran Pangestu Panji Pankrat
Pankraty Pankrác Panteleymon Paolo Paramon Pardi Parfen Paride Parley Parman Parmen Parmes Parrish
Parth Paschal Pascual Pasi Pasqual Pasquale Pate Patrek Patrekur Patric Patricio Patrick Patrik
Patrizio Patryk Pau Paul Paul-Gerhard Paul-Heinz Pauli Paulino Paulo Pauls Pauric Pavao Pavel Pavlo
Pavol Paw Pawel Paweł Paxton Paşa Peadar Peader Pearce Pearley Pearse Peder Pedro Pedró Peer Peeter
Pehlil Pekka Pelaji Pelayo Pelle Pellegrino Pentti Pepe Pepijn Pepito Per Per-Erik Per-Olof Percival
Percy Perkasa Perley Pernell Pero Perry Pershing Pertti Petar Pete Peter Peter-Michael Peterson Petr
Petre Petri Petrică Petro Petros Petru Petrus Petter Petteri Phelim Phelix Phil Philemon Philip
Philipp Philippe Phillip Philo Phineas Phúc Piaras Pier Pierangelo Pierce Piergiorgio Piergiuseppe
Pierluigi Piermaria Piero Pierpaolo Pierre Pierre-Yves Piersanti Piet Pieter Pieter-Jan Pietro Pim
Pimen Pinkney Piotr Pirahmet Pirmin Pius Pjetur Platon Pleas Pleasant Ples Plinio Plummer Plácido
Pol Polad Polikarp Polk Pompeo Pompiliu Pomponio Poncio Pontus Popobawa Porfirio Porfiry Porter
Posey Potap Poul Powell Praba Prabawa Prabowo Prabu Prakosa Pranata Pranav Pranawa Praneel Pranit
Prasetya Prasetyo Pratt Pratyush Pravoslav Prayitna Prayoga Prayogo Preben Predrag Prentice Prentiss
Press Preston Priit Prima Primitivo Primus Prokhir Prokhor Prokl Prokofy Prokop Prosper Prov
Prudencio Pryor Przemysław Príor Puccio Pumbaa Purl Purwa Purwadi Purwanto Putu Pylyp Pál Páll
Pálmar Pálmi Pánfilo Pär Pål Péter Pétur Pío Pünhan Pătru Pēteris Přemysl Qabil Qadim Qadir Qalib
Qarin Qasim Qasım Qiyas Qoşqar Quang Quentin Quincy Quint Quinten Quintin Quinton Quique Quirino
Qulam Qulu Rabah Rabih Rachid Rachit Radek Raden Radika Radim Radislav Radit Raditya Rado Radomír
Radoslav Radosław Radovan Radu Radúz Raekwon Raf Rafa Rafael Rafaél Rafaël Rafał Rafe Raffael
Raffaele Raffaellino Raffaello Rafi Rafid Rafih Rafiq Rafn Rafnar Rafnkell Raghav Ragnar Ragner
Ragúel Raharja Raheem Rahman Rahmat Rahmet Rahn Rahsaan Rahul Raiden Raihan Raik Raimo Raimondo
Raimonds Raimund Raimundo Rainer Raivis Raivo Rajab Rajko Rakeem Raleigh Ralf Ralf-Dieter Ralf-Peter
Ralph Rama Ramadan Ramadhan Ramazan Ramid Ramil Ramiro Ramiz Ramon Ramsey Ramzi Ramón Ranbir Rance
Rand Randal Randall Randel Randell Randle Randolf Randolph Randver Randy Rangga Ranieri Rannver
Ransom Ranveer Raoul Raphael Raphaël Raquan Ras Rashaad Rashaan Rashad Rashawn Rasheed Rashid
Rashidi Rasim Rasmus Rastislav Rasul Ratibor Ratmir Raul Rauno Ravi Ravy Rawiri Rayaan Rayan Rayburn
Rayfield Rayford Raymon Raymond Raymund Raymundo Raynard Rayshawn Razi Razı Raúl Reason Recep
Recepali Red Redden Redmond Refik Refugio Refur Reggie Reginal Reginald Reginbaldur Reginn Regis
Rehaan Rei Reid Reidar Reifnir Reijo Reimar Reimer Reimund Reinald Reinaldo Reinar Reinel Reiner
Reinhard Reinhardt Reinhart Reinhold Reinis Reino Reksa Relu Remazan Rembrandt Remi Remigio
Remington Remo Remus Remy Remzi Renaat Renaldo Renan Renard Renato Renaud Rendy Reno Rens Renzo René
Respati Resulcan Reto Reuben Reubin Rex Rexford Rexhep Rey Reyansh Reynald Reynaldo Reynar Reynir
Reynold Reynolds Reyr Reza Rezzak Rhavi Rhett Rhys Riad Rian Ricardo Riccardo Ricci Ricciotti Rice
Richard Richardt Richie Richmond Richárd Rick Rickard Rickey Rickie Ricky Rico Rida Ridge Ridwan
Rigo Rigoberto Rihards Rik Rikard Rikharð Rikharður Riku Rinaldo Rino Rinor Risasi Rishi Risto
Ritchie Riyad Riza Riziki Rizki Rizvan Ričards Roan Roar Rob Robb Robbe Robby Robert Roberto Roberts
Robinson Robley Robt Roby Rocco Rochdi Rochus Rocky Rod Roddy Roderic Roderich Roderick Rodger
Rodgers Rodion Rodney Rodolfo Rodolphe Rodrick Rodrigo Rodrigue Roe Roel Roeland Rogelio Roger
Rogers Rohan Rohat Rok Roko Roland Rolando Rolands Roldán Rolf Rolf-Dieter Rolf-Peter Roll Rolla
Rolland Rollie Rollin Rollo Romain Roman Romano Rome Romello Romeo Romie Romolo Romuald Romulus
Román Roméo Ron Ronal Ronald Ronaldo Ronan Rondal Ronin Ronith Ronni Ronny Rono Rony Roope Roosevelt
Roque Rosamel Rosco Roscoe Rosendo Rosevelt Rosman Ross Rossa Rostislav Rostyslav Roswell Rotich
Rouven Rowland Roy Royce Ruairi Ruari Rubani Rube Ruben Rubin Rubén Rudecindo Rudi Rudolf Rudolfo
Rudolph Rudra Rudy Rueben Ruedi Ruel Ruffin Ruffus Rufino Rufus Ruggero Ruggiero Ruhiu Ruhsat Rui
Rune Rungo Runi Runólfur Rupert Ruperto Rushil Ruslan Rusman Russ Russel Russell Rustin Rusty
Rutherford Ruy Ryan Ryder Ryker Ryland Ryley Ryne Ryohei Ryosuke Ryszard Ryurik Rza Ráðgeir
Ráðvarður Réginald Régis Régulo Rémi Rémy Ríkarður Ríkharð Ríkharður Ríó Róbert Rólant Róman Rómeó
Rómulo Rósant Rósar Rósberg Rósenberg Rósi Rósinberg Rósinkar Rósinkrans Rósmann Rósmundur Rögnvald
Rögnvaldur Rögnvar Rökkvi Röðull Rúbar Rúben Rúdólf Rúnar Rúrik Rútur Rüdiger Rüknettin Rüşen Răducu
Răzvan Rūdolfs Saad Saadat Saba Saban Sabar Sabas Sabastian Sabatino Sabih Sabin Sabir Sabri Sadaka
Sadat Saddam Sadik Sadiki Sadiq Sadittin Sadıq Safet Safír Sahin Sahir Said Saidi Saiful Saka Sakari
Sakarías Sakip Saksham Sakti Sal Salah Salami Saleh Salih Salim Salkın Salman Salmann Salmar
Salohiddin Salomon Salomón Salurbay Salvador Salvar Salvatore Salvi Salómon Samaksh Samandar Samar
Samarth Samesh Sami Samie Samir Sammy Samo Sampson Samson Samsul Samu Samual Samuel Samuele Samuil
Samuli Samurtay Samuël Samwel Samweli Samy Samúel Sancak Sancho Sandalio Sandel Sander Sanders
Sandile Sandis Sandor Sandri Sandro Sandu Sandur Sanford Sani Sanjar Sante Santeri Santiago Santino
Santo Sançar Sardor Sargın Sarpkın Sarthak Sarvan Sarvar Sarıcabay Sasa Sascha Sathvik Satrettin
Saturnino Satya Saul Sava Savak Savely Saverio Savion Savni Savon Savva Savvaty Sawyer Saxi Saydam
Sayin Sayrak Sayın Saïd Saúl Sağcan Sağıt Sašo Schley Schuyler Scot Scott Scottie Scotty Seaborn
Seamus Sean Sean-Paul Sebastiaan Sebastian Sebastiano Sebastien Sebastijan Sebastián Sebastião
Sebastjan Sebastían Sebattin Seda Sedat Sedrick Segismundo Segundo Seha Seif Seifur Seimur
Selaheddin Selatin Seldon Seler Selim Selivan Seliverst Selmer Selâtin Sem Semaj Semen Semender
Semir Senad Senan Sencar Seneca Senn Senne Senol Seosamh Sep Sepp Seppe Seppo Seracettin Serafim
Serafín Serezli Serge Sergei Sergej Sergey Sergio Sergiu Sergius Serhatmehmet Serhiy Serkan Serol
Server Servác Sesar Sesil Seth Setya Sevastyan Sevdi Seve Sever Severiano Severin Severino Severo
Severt Severín Sevindik Seward Seydo Seye Seyfulla Seyfullah Seyithan Seymour Seymur Sezal Sezginbaş
Seçme Shaban Shad Shade Shadrack Shafter Shahriyor Shahzod Shahzoda Shamar Shamsuddeen Shan Shaquan
Shaquille Sharif Shaun Shaurya Shawn Shayne Sheamus Shedrick Shehu Shekoni Sheldon Shelton Shem
Shemar Shep Shepherd Sherman Sherwin Sherwood Shivansh Shohei Shohjahon Shohrux Shoji Shon Shota
Shyheim Sibonelo Sibusiso Sid Siddharth Sidiq Sidki Sidor Sie Siebe Siegbert Siegfried Sieghard
Siegmar Siegmund Siegward Siem Sifuna Sigbergur Sigbert Sigbjartur Sigbjörn Sigdór Sigfastur
Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfús Sigge Siggeir Sighvatur Sigismund Sigizmund
Sigjón Siglaugur Sigmann Sigmar Sigmund Sigmundur Signar Sigri Sigríkur Sigsteinn Sigtryggur Sigtýr
Sigur Sigurbaldur Sigurberg Sigurbergur Sigurbjarni Sigurbjartur Sigurbjörn Sigurbrandur Sigurd
Sigurdór Sigurfinnur Sigurgeir Sigurgestur Sigurgrímur Sigurgísli Sigurhans Sigurhjörtur Sigurjón
Sigurkarl Sigurlaugur Sigurleifur Sigurlinni Sigurliði Sigurlás Sigurmann Sigurmar Sigurmon
Sigurmundur Sigurnýas Sigurnýjas Siguroddur Sigurpáll Sigursteinn Sigursveinn Sigurvaldi Sigurvin
Sigurður Siguróli Sigurþór Sigvaldi Sigvard Sigvarður Sigþór Siim Sijuade Sil Sila Silanty Silas
Silli Silvan Silvano Silvester Silvestr Silvestre Silvestro Silvian Silvio Silviu Silvo Sim Simen
Simeon Simi Simion Simiyu Simmie Simo Simon Simpson Simão Simón Sinan Sincere Sindre Sindri Sing
Sinică Sinisa Siniša Sione Siper Sirac Siro Sittik Sivert Sixten Sixto Siyabonga Sjafnar Sjoerd
Skafti Skapti Skarphéðinn Skefill Skeggi Skender Skip Skjöldur Skorri Skuggi Skær Skæringur Skírnir
Skíði Skúli Skúta Slade Slamet Slavisa Slavko Slavomír Slawomir Slobodan Smiður Smyrill Smári
Sneider Snjóki Snjólaugur Snjólfur Snorri Snæbjartur Snæbjörn Snæhólm Snælaugur Snær Snæringur
Snævar Snævarr Snæþór Soffanías Sofiane Sofon Sofron Sokrat Soleh Soloman Solomon Solon Somtochukwu
Son Sonad Sondre Songurkan Sonny Sophanías Sophus Soren Sorin Sosimo Sotaro Soufiane Soydaner Soykut
Soyselçuk Spartak Spartakus Spas Spencer Spenser Sphiwe Spiridon Sporði Spurgeon Spói Squire Srečko
Staffan Stafford Stan Stancu Stanford Stanimir Stanislaus Stanislav Stanislaw Stanisław Stanko
Stanley Stanton Stapi Starkaður Starling Starri Stavros Staņislavs Steen Stef Stefaan Stefan Stefano
Steffen Stefnir Stefán Stein Steinar Steinarr Steinberg Steinbergur Steinbjörn Steindór Steinfinnur
Steingrímur Steini Steinkell Steinmann Steinmar Steinmóður Steinn Steinröður Steinvarður Steinólfur
Steinþór Stelian Stellan Sten Stepan Stephan Stephane Stephen Stephene Stephon Stetson Stevan Steve
Steven Steward Stewart Stian Stig Stijn Stirnir Stiven Stjepan Stojan Stonewall Stoney Stormur
Stoyan Stuart Sture Sturla Sturlaugur Sturri Styr Styrbjörn Styrkár Styrmir Styrr Stéphan Stéphane
Stígur Stórólfur Suat Sudi Suleiman Sulhi Sullivan Sumarliði Sumner Sune Sunel Suphi Surya Svafar
Svali Svan Svanberg Svanbergur Svanbjörn Svangeir Svanhólm Svani Svanlaugur Svanmundur Svante Svanur
Svanþór Svatopluk Svatoslav Svavar Svein Sveinar Sveinberg Sveinbjartur Sveinbjörn Sveinjón
Sveinlaugur Sveinmar Sveinn Sveinungi Sveinþór Sven Sven-Erik Sven-Olof Svend Svenning Sverre
Sverrir Svetozar Svetozár Svyatopolk Svyatoslav Sváfnir Svätopluk Svölnir Svörfuður Swaleh Swen Syed
Sylas Sylvain Sylvan Sylvanus Sylvester Sylvio Sylvère Symon Szabolcs Szilveszter Szilárd Szymon
Sándor Sæberg Sæbergur Sæbjörn Sæi Sælaugur Sæmann Sæmundur Sær Sævald Sævaldur Sævar Sævarr Sævin
Sæþór Sébastien Sérgio Séverin Símon Sírnir Sírus Sívar Sófus Sófónías Sókrates Sólberg Sólbergur
Sólbjartur Sólbjörn Sólimann Sólmar Sólmundur Sólon Sólver Sólvin Sökmen Sölmundur Sölvar Sölvi
Sönke Sören Sörli Sözer Søren Sübhan Sücaettin Süha Sükrü Süleyman Sümeyye Süvari Sýrus Sıla
Sıylıhan Tab Taciddin Tad Tade Tadej Tadeo Tadeusz Tadeáš Tadhg Taft Tage Taha Tahir Tahj Taichi
Taine Taisto Taj Takatifu Takuma Tal Talan Talayer Talen Tali Tallie Talmadge Talmage Talon Talıb
Tama Tamati Tamaydın Tamás Tanak Tanay Tanbay Tandoğdu Tandri Tandy Tane Taneli Tangaroa Tanguy
Tanhan Tanimu Tanish Tanner Tanpınar Tansev Tansığ Tanveer Tanyolaç Tanır Tapani Tapio Tarak Tarancı
Taras Tarfur Tarik Tariq Tariyel Tarmo Taro Tartış Tarzícius Tasdik Tasnim Tassilo Taswir Tate
Tatsuo Tatu Taufan Taufik Tauno Taurean Taurus Tavares Tavaris Tavian Tavion Tavon Tayaydın Taygan
Taylak Tayshaun Tayyip Taşar Taşkan Teber Tecimer Ted Teddie Teddy Tedi Teemu Teerth Teguh Teitur
Tejas Tejs Tekbay Tekecan Tekiner Teksoy Telemaco Telim Telly Telman Telmo Temidayo Temir Temirhan
Temistocle Temizkal Temuçin Tenis Tenvir Teo Teobaldo Teodor Teodoro Teodors Teodosio Teofil Teohari
Terance Terell Terence Terenty Terje Terlan Tero Terrance Terrell Terrence Terrill Teun Teuvo Tevin
Tevs Tex Teymur Teymuraz Teymurçin Tezcan Tezol Teófilo Thabani Thabiti Thad Thaddeus Thaddäus
Thales Thando Theadore Thedore Theo Theobald Theodis Theodoor Theodor Theodore Theodoro Theodoros
Theodór Theophil Theophile Therman Theron Theódór Thiago Thibaud Thibault Thibaut Thibo Thierry
Thies Thijmen Thijn Thijs Thilo Thom Thomas Thompson Thomás Thor Thoralf Thorben Thorberg Thore
Thornton Thorsten Thorwald Thos Thuo Thure Thurlow Thurman Thurston Thành Théo Théodore Théophile
Thór Tiago Tiarnan Tibe Tiberiu Tibo Tibor Tiburcio Tichomír Tiernan Ties Tiit Tijl Tijmen Tijn Tijs
Tikhon Til Tilden Tilen Till Tillman Tillmann Tilman Tilmann Tilo Tim Timbul Timm Timmie Timmothy
Timmy Timo Timofey Timon Timotei Timotej Timoteo Timothy Timothée Timur Timurtaş Timéo Tindar Tindri
Tindur Tinni Tino Tirta Tirtayasa Tit Tito Titus Tivadar Tiziano Tiğin Tjaldur Tjörfi Tjörvi Tobe
Tobias Tobiasz Tobie Tobin Tobiáš Tobías Tod Todd Todor Tofiq Toivo Toker Toki Toktuğ Tokunbo Toköz
Tolbert Tolli Tollie Tolonbay Tom Toma Tomas Tomasz Tomaž Tomi Tomie Tomislav Tommaso Tommi Tommy
Tomo Tomori Tomoya Toms Tomàs Tomás Tomáš Tomé Toney Tonguç Tonino Tonni Tonny Tony Toomas Toon
Topias Topuz Tor Toralf Torben Torbjörn Torbjørn Tord Tore Torey Torfi Torgny Torhan Toriano Toribio
Torquato Torrance Torrence Torrey Torry Torsten Toshio Toy Toño Toğan Toğrul Trace Trae Traian
Traugott Trausti Travis Travon Trayvon Tre Tremaine Tremayne Trent Trenten Trenton Trever Trevin
Trevion Trevon Trevor Trey Treyton Treyvon Tri Trifon Tripp Tristian Tristin Triston Tristán Troels
Trofim Trokhym Trond Trostan Troy True Trumaine Truman Trung Tryggvi Trystan Tránsito Trúmann
Tsubasa Tsuma Tuan Tucker Tudor Tugiman Tukufu Tulio Tullio Tulun Tumas Tumi Tunahan Tunar Tunguç
Tunçboğa Tunçkılıç Tuomas Tuomo Turabi Tural Ture Turgut Turlough Turner Turxan Tutkun Tuukka Tuur
Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tverdislav Tvorimir Twan Tycho Tye Tygo Tylor Tymofiy Tymon Tymoteusz
Tyquan Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrfingur Tyrik Tyrin Tyriq Tyrique
Tyron Tyrone Tyrus Tyshawn Tyson Téo Tími Tímon Tímoteus Tímóteus Tístran Tóbías Tói Tóki Tómas Tór
Tõnu Törel Tùng Tükelalp Tümer Tümkurt Türabi Türkalp Türkmen Tüzeer Týr Tınal Ubaldo Ubbi Uberto
Uche Uchenna Uda Udant Udarsh Udo Ueli Uffe Uggi Ugo Ugolino Ulakbey Uldis Ulf Ulises Ullrich Ulrich
Ulrik Ultan Ulu Uludağ Uluman Ulutay Uluğbey Ulyan Ulysses Umang Umar Umay Umaya Umberto Umman Umut
Umutcan Unggul Uni Unnamed Unnar Unnbjörn Unndór Unnsteinn Unnþór Uno Uolevi Upik Upkaar Uraltay
Urbain Urban Urbano Urfan Urhan Uriah Uriel Urijah Urmas Uroš Urs Urðar Ushan Ushindi Usiku Usman
Usmon Ustin Ustym Utama Utkarsh Utkucan Utz Uwe Uxi Uygun Uzbay Uzsoy Uçan Uçbeyi Uğan Uğurkan
Uğurtan Vadim Vadym Vafir Vagn Vahid Vahittin Vakur Valberg Valbergur Valbjörn Valbrandur Valdemar
Valdi Valdimar Valdis Valdór Valeh Valentijn Valentim Valentin Valentino Valentyn Valentín
Valentínus Valerij Valerio Valeriu Valeriy Valero Valeryan Valgarð Valgarður Valgeir Valid Vallaður
Valmar Valmundur Valon Valsteinn Valter Valtteri Valtýr Valur Valves Valère Valér Valéry Valíant
Valþór Van Vance Vander Varfolomey Varfolomiy Vargın Varlaam Varmar Vasco Vashon Vasif Vasil Vasile
Vasilică Vasily Vassilios Vasyl Vatnar Vatslav Vaughan Vaughn Vavrinec Vaysal Vazeh Vedant Vedat
Vedran Veer Veeti Vegard Veigar Veigur Veijo Veikko Veis Veit Veli Velimir Velitdin Vello Venancio
Venceslás Vendelín Venedikt Venedykt Veniamin Veniyamyn Ver Vere Vergil Verim Verl Verle Verlin
Verlon Verlyn Vermundur Vern Vernal Verner Verneri Vernharð Vernharður Vernon Vero Vesa Vestar
Vester Vestmar Veturliði Vezat Vic Vicente Vick Victoriano Victorino Vid Vidadi Vidal Vidar Vide
Viesturs Vigfús Viggo Viggó Vignir Vigo Vigri Vigtýr Vigur Vihaan Vikar Vikenty Viking Viktor
Viktorin Viktors Vilberg Vilbergur Vilbert Vilbjörn Vilbogi Vilbrandur Vilgeir Vilgot Vilhelm
Vilhjálmur Vilho Vili Viliam Vilis Viljami Viljar Viljem Vilji Viljo Villads Ville Villi Vilmar
Vilmer Vilmos Vilmundur Vilnis Vilém Viman Vince Vincenc Vincent Vincentio Vincenzo Vinicio Vinicius
Vinjar Vinko Vino Vinsen Vinson Vinton Vinzenz Vinícius Viorel Viraj Virge Virgel Virgil Virgilio
Virgill Virgle Virman Visar Visarion Vissarion Visvaldis Vitali Vitalis Vitaliy Vitaly Vito Vitor
Vittorio Vitus Vivaan Viðar Viļums Vjekoslav Vlad Vladilen Vladimir Vladimír Vladislav Vladislavs
Vladlen Vlado Vladyslav Vlaicu Vlas Vlastimil Voicu Vojtech Vojtěch Voldemārs Volkan Volker Volkhard
Volkmar Vollie Volney Volodymyr Vopni Vorm Vratislav Vratko Vsemil Vseslav Vsevolod Vurğun Vusumuzi
Vyacheslav Vysheslav Václav Váli Vápni Vâlâ Väinö Vébjörn Végeir Vékell Vélaugur Vémundur Vésteinn
Víctor Vífill Víglundur Vígmar Vígmundur Vígsteinn Vígþór Víkingur Vít Vítor Vítězslav Víðar Víðir
Víťazoslav Vöggur Völundur Vörður Vöttur Vüqar Vüsal Wachira Wade Wadi Wafula Wage Wahab Wahyu
Wainaina Waino Wairimu Wakiman Waldemar Waldo Walfried Walid Walker Wallace Walt Walter Walther
Walton Waluyo Wamalwa Wambua Wambugu Wambui Wangari Wangila Wangui Wanja Wanjala Wanjiku Wanjiru
Wanjohi Wannes Wanyama Wanyonyi Ward Wardaya Wardell Wardi Warinder Warjas Warji Warner Warre Warren
Warsa Warsita Warta Warwick Wash Wasis Wassim Watson Watt Waverly Wawan Waweru Wayde Wayland Waylon
Wayman Waymon Wayne Wazir Weaver Webb Webster Wekesa Weldon Wellington Welton Wenceslao Wendel
Wendell Wenzel Werner Wes Wesley Wesonga Wess Wessel West Westin Westley Weston Wheeler Whit Wieland
Wieslaw Wigbert Wiktor Wilber Wilbert Wilbur Wilburn Wilder Wiley Wilford Wilfred Wilfredo Wilfrid
Wilfrido Wilfried Wilhelm Wilhelmus Wiliam Wilkie Willaim Willam Willard Wille Willem Willfried
Willi William Williams Willian Williard Willibald Willibert Willis Willum Willy Wilman Wilmar Wilmer
Wilson Wilton Wim Windell Winfield Winford Winfried Wing Winston Winthrop Winton Wira Wiremu Wirt
Wisnu Witold Wladimir Wojciech Woldemar Wolf Wolf-Dieter Wolf-Dietrich Wolf-Rüdiger Wolfgang
Wolfhard Wolfram Wong Woodie Woodroe Woodrow Woodson Woody Worley Wout Wouter Wriddhish Wridesh
Wright Wulf Wyatt Wycliff Wycliffe Wylie Wyman Wálter Xalid Xaliq Xamis Xanana Xander Xankişi Xanlar
Xaver Xavi Xavier Xolid Xosrov Xudaverdi Xudayar Xudu Xzavier Yaakov Yacine Yadiel Yadigar Yagnesh
Yago Yahia Yahir Yahya Yahyo Yahşikan Yair Yakiv Yakobo Yakov Yakub Yalazabay Yalgın Yaltırak Yalçın
Yamid Yamin Yan Yancy Yandel Yanick Yanik Yanis Yankı Yann Yannic Yannick Yannik Yannis Yanuary
Yarema Yargı Yaropolk Yaroslav Yasan Yash Yasin Yasser Yassin Yassine Yasuhiro Yatan Yatin Yavuz Yaw
Yayak Yazganalp Yağın Yağızkurt Yaşattin Yecid Yee Yeferson Yefrem Yehuda Yeison Yekda Yelesen
Yelysey Yeneral Yerko Yerson Yertan Yesid Yetişal Yevhen Yigit Yilmaz Ylur Ymir Yngvar Yngve Yngvi
Yoan Yoann Yoel Yoga Yohan Yohane Yoichi Yolal Yonatan Yonathan Yono Yordan York Yoruç Yosef Yoshio
Yosuke Yosyp Youba Youcef Younes Youri Yousef Youssef Yrjö Yrkill Yug Yukhym Yuki Yulian Yunis Yunt
Yunus Yurdanur Yurem Yurtgüven Yurttaş Yusif Yussuf Yustym Yusuf Yuta Yuvenaly Yuvraj Yvan Yves Yvon
Yönetmen Yücelen Yümun Yıldır Yılma Zablon Zac Zacarías Zach Zacharia Zachariah Zacharias Zacharie
Zachary Zachery Zack Zackary Zackery Zahid Zahir Zahur Zaid Zaiden Zain Zaire Zak Zakaria Zakariyo
Zakary Zakaría Zakarías Zakayo Zakhar Zakir Zalán Zaman Zamfir Zamin Zamiq Zamir Zander Zashil Zaur
Zavier Zavion Zayan Zayd Zayden Zayne Zayyan Zbigniew Zbyněk Zdenko Zdeněk Zdravko Zeb Zebulon
Zechariah Zed Zeferino Zehaan Zekayi Zeke Zeki Zeljko Zenas Zende Zennun Zeno Zenon Zenzele Zeynal
Zeynelabidin Zeynulla Ziedonis Ziggy Zigmund Zihni Zikmund Zinovy Ziya Ziyaettin Zlatko Zollie
Zoltan Zoltán Zophanías Zophonías Zoral Zoran Zoryan Zosima Zsigmond Zsolt Zsombor Zuba Zubayr Zuhri
Zvonko Zwatie Zynoviy Zóphanías Zóphonías Züfer Zülgarni
""".split())

FEMALE_NAMES: frozenset[str] = frozenset("""
Aachal Aada Aadhya Aagot Aahana Aaliyah Aanuoluwapo Aarini Aarna Aashi Aba Abagail Abbey Abbi Abbie
Abbigail Abby Abebi Abela Abelone Abena Abeni Abha Abigael Abigail Abigaili Abigale Abigayle Abigaíl
Abina Abiye Abosede Abril Acarkan Achieng Achsah Adaeze Adah Adal Adaline Adalyn Adalynn Adamaris
Adda Addie Addison Addisyn Addyson Addý Adebukola Adela Adelaida Adelaide Adelasia Adele Adelgunde
Adelheid Adelia Adelina Adelinde Adeline Adell Adella Adelle Adelyn Adelynn Adelía Adenike Adepeju
Adesewa Adesua Adetoke Adetoun Adhra Adia Adiela Adila Adilene Adimu Adina Adison Adline Adolfine
Adora Adoración Adria Adriana Adriane Adrianna Adrianne Adriene Adrienn Adrienne Adrijana Adriána
Adríana Adunni Advika Adviye Adweta Adwoa Adya Adyson Adèle Adéla Adélaïde Aedin Aenne Afaq Aferdita
Affie Afia Afife Afra Afruza Afton Afua Agafya Agata Agatha Agathe Aggie Agla Aglaia Agnea Agnes
Agnesa Agnese Agness Agneta Agnete Agnieszka Agnès Agostina Agripina Agusta Agustina Agáta Agða
Ahter Aicha Aida Aideen Aiga Aija Aiko Aila Ailbhe Aileen Ailene Aili Ailis Ailish Aimee Aimée Aina
Ainara Aine Aino Ainoa Ainsley Airi Aisha Aishani Aishling Aisling Aislinn Aisyah Aitana Aiyana
Aiyanna Aja Ajda Ajeng Ajla Ajna Ajoke Akay Akeelah Akemi Akgüneş Akinyi Akise Akmaral Akos Akosua
Akoth Aksoy Akua Akulina Akumaa Akumu Akyıldız Ala Alabama Alabezek Alaina Alana Alani Alanis Alanna
Alannah Alanta Alara Alaya Alayna Alaz Alba Alberta Alberte Albertha Albertina Albertine Albina
Albulena Albína Alcie Alcira Alda Aldný Aldona Aldonza Aldís Alea Aleah Alease Alecia Aleen Aleena
Aleida Aleisha Alejandra Alejandrina Aleksandra Alena Alene Alenka Alesha Alesia Alessandra Alessia
Aleta Aletha Alethea Aletta Alevtina Alexa Alexandra Alexandrea Alexandria Alexandrie Alexandrina
Alexandría Alexia Alexina Alexus Alexys Alexía Alfa Alfonsina Alfreda Alfífa Algış Alia Aliana Alica
Alice Alicia Alicja Alida Alika Alina Aline Alis Alisa Alise Alisha Alison Alissa Alisson Alivia
Alix Aliya Aliyah Aliza Alize Alizée Alja Alka Alla Allana Allean Alleen Allegra Allena Allene Allie
Alline Allison Allisson Ally Allyson Allyssa Allý Alma Almasi Almast Almaz Almeda Almedia Almendra
Almeta Almina Almira Almudena Almut Almuth Almyra Aloisia Alojzia Alojzija Aloma Alondra Aloyse
Alpha Alphonsine Alrún Alta Altha Althea Altie Altınbike Altınçiçek Alvena Alvera Alverda Alverta
Alvilda Alvina Alvira Alvīne Alwilda Alwina Alwine Aly Alya Alyce Alycia Alys Alysa Alyse Alysha
Alysia Alyson Alyssa Alyssia Alyvia Alzina Alícia Alída Alína Alís Alísa Alīda Alışık Alžbeta
Alžběta Ama Amada Amadea Amahle Amaia Amaira Amal Amalia Amalie Amalija Amaliya Amalía Amanda
Amandine Amara Amarachi Amarilis Amaris Amaya Ambar Amberly Ambre Amel Amela Amelia Amelie Amelía
Amey Ami Amiah Amie Amilía Amina Aminatu Amira Amirah Amiya Amiyah Amma Ammie Amoke Amondi Amope
Amparo Amra Amre Amrita Amruta Amy Amy-Lee Amy-Leigh Amya Amália Amélia Amélie América Amíra Amý
Amālija Ana Anabel Anabela Anabella Anabelle Anahera Anahi Anahis Anahí Anaida Anais Analia Analía
Anamaria Anamika Anargül Anasa Anastacia Anastasia Anastasie Anastasiya Anastasía Anastatia
Anastazja Anastázie Anaya Anaëlle Anaís Anaïs Anca Anda Andjela Andjelina Andrada Andreea Andreia
Andreja Andrejka Andrena Andria Andrina Andrá Andréa Andrée Anděla Ane Anel Anemona Aneta Anete
Anett Anetta Anette Anežka Angela Angele Angeles Angelia Angelic Angelica Angelika Angelina Angeline
Angelique Angelita Angella Angelíka Anghelina Angie Angèle Angélica Angélique Ani Anica Anice Anie
Aniela Anika Anikó Anina Anisa Anissa Anita Anitra Aniya Aniyah Anja Anjali Anjanette Anjelica Anka
Anke Ankica Ann Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kathrin
Ann-Kristin Ann-Louise Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Liisa
Anna-Lisa Anna-Luise Anna-Maria Anna-Marie Annabel Annabell Annabella Annabelle Annah Annalena
Annaliese Annalisa Annalise Annalísa Annamae Annamaria Annamarie Annamária Annastacia Anne
Anne-Catherine Anne-Françoise Anne-Kathrin Anne-Katrin Anne-Laure Anne-Lise Anne-Marie Anne-Rose
Anne-Sophie Annedore Annegret Annegrete Annekatrin Anneke Anneleen Annelene Anneli Annelie Annelies
Anneliese Annelise Annelore Annelí Annemarie Annemette Annemie Annemijn Anner Annerose Annet Annett
Annetta Annette Anney Anni Annica Annice Annick Annie Anniina Annija Annika Annikki Annina Annis
Annita Annmarie Annukka Annunziata Anny Annía Anný Anona Anouk Anselma Ansley Ansora Antionette
Antje Antoaneta Antoinette Antonela Antonella Antonetta Antonette Antonia Antonieta Antonietta
Antonija Antonina Antonía Antoņina Antra Antònia Antónia Anu Anunciación Anusha Anvi Anya Anyango
Anyi Anzhela Anzhelika Aníka Anína Aníta Anđa Anđela Aoibheann Aoibhin Aoibhinn Aoife Apolena
Apolline Apollonia Apolonia Apríl Ara Arabella Araceli Aracely Aradhana Arah Aral Araminta Aranka
Arcelia Ardath Ardelia Ardella Ardelle Ardeth Ardis Ardita Ardith Ardyce Ardís Areli Arely Aretha
Arey Argie Aria Ariadna Ariana Ariane Arianna Arianne Ariela Ariella Arielle Arietta Arike Arina
Arinbjörg Arinola Arisa Arizona Arja Arkie Arla Arleen Arlena Arlene Arlet Arleth Arletta Arlette
Arlinda Arline Arly Arlyne Armahan Armande Armelle Armenía Armida Arminda Arminta Arna Arnaude
Arnbjörg Arnborg Arndís Arnetta Arney Arnfinna Arnfríður Arngerður Arngunnur Arnheiður Arnhildur
Arnika Arnkatla Arnlaug Arnleif Arnljót Arnlín Arnrós Arnrún Arnóra Arnþrúður Arnþóra Aroa Aroha
Arra Arrie Artelia Artemisa Arunima Arusi Arvilla Arya Aryana Aryanna Arziye Arzu Aránzazu Aría
Aríanna Aríella Arín Arína Arís Arıpınar Asake Asali Asatira Ascensión Asha Ashanti Ashely Ashlea
Ashlee Ashleigh Ashlene Ashli Ashlie Ashling Ashly Ashlyn Ashlynn Ashtyn Asila Askja Asliye Asma
Asmini Asmira Ason Aspen Assa Assia Assumpta Assunta Asta Astrid Astride Asu Asuka Asunción Asírí
Ataahua Atalía Atanur Atena Athena Ati Atiena Atieno Atinuke Atiyye Atla Atlanta Attie Attracta
Aubree Aubrie Aud Aude Audra Audrey Audriana Audrianna Audrina Audry Augusta Augustina Aulikki Aune
Aura Aurelia Aureliana Aurica Aurilla Aurore Aurélia Aurélie Ausma Austra Auðbjörg Auðbjört Auðdís
Auðlín Auðna Auðný Auðrún Auður Ava Avah Averi Averie Averil Avie Avis Avril Avunç Awero Awesi
Awhina Axelle Axelma Axelía Axenia Aya Ayan Ayana Ayanna Ayasun Aybet Aycagül Aydar Ayduru Ayelén
Ayesha Aygönenç Aygül Aygün Ayhan Ayinke Aykut Ayla Ayleen Aylil Aylin Aylla Aynilhayat Aynur
Aynımah Ayoka Ayse Aysel Aysema Aysevim Aysu Aysuna Ayten Aytöz Ayu Ayyaruk Ayçan Ayülker Ayşeana
Ayşenur Azade Azahar Azahara Azalea Azalee Azaria Azariah Azeneth Aziza Azize Azra Azucena Azul
Azzie Açılay Aída Aïcha Aðalbjörg Aðalbjört Aðalborg Aðaldís Aðalfríður Aðalheiður Aðalrós
Aðalsteina Aðalsteinunn Aðalveig Aþena Ağbegim Ağca Aşhan Baaba Babett Babette Baby Badegül
Baghyawati Bahtinur Baiba Bailee Bairbre Balaxanım Balca Baldey Baldrún Baldvina Ballı Bama Banü
Bara Barb Barbara Barbie Barbora Barbra Barbro Barbára Barica Barkha Basriye Bassí Baylee Baylie
Bağdat Bea Beadie Beata Beate Beatrice Beatrijs Beatrix Beatriz Beaulah Bebba Beckie Becky Bediriye
Bee Begga Begim Begoña Behiza Belen Belgizar Belia Belinda Belkize Bella Belle Belva Belén Bena
Benedicte Benedikta Benedikte Benedita Benek Bengta Benice Benidikta Benigna Benita Benna Benney
Benný Benta Bente Bentey Benthe Bentína Benía Beníta Bera Beray Berdie Berenice Bergdís Bergen
Bergey Bergfríður Bergheiður Berghildur Berglaug Berglind Bergljót Berglín Bergmannía Bergný Bergrán
Bergrín Bergrós Bergrún Bergþóra Berit Beriye Bernadett Bernadette Bernadine Bernarda Bernardine
Bernardita Berneice Bernetta Bernhardine Bernice Berniece Bernita Bernódía Berra Berrin Berta Bertha
Berthe Bertina Besarta Besey Bess Besse Bessie Bessí Beste Bestla Beta Betania Betanía Beth Betha
Bethan Bethann Bethany Bethzy Betina Betsey Betsy Betsý Bette Betti Bettie Bettina Betty Bettye
Bettyjane Bettylou Bettý Beula Beulah Bev Beverlee Beverley Beverly Beyhatun Beyonce Bezek Beáta
Bhanumati Bhavani Bhavika Bhavini Bhavna Bhavya Bhekisisa Bhekizizwe Bhekokwakhe Bianca Bianka Bibi
Bibiana Bibisora Bibiána Bidayet Biddie Bieke Bienvenida Bil Bilay Bilginur Bilha Biljana Bilkay
Bilkisu Billie-Jo Billye Bimala Bina Binay Birben Birdella Birdie Birgid Birgitt Birgitta Birgitte
Birgül Birna Birsan Birta Birte Birtha Birthe Birtie Birtna Biruta Biserka Bishakha Bitten Bitül
Bjargdís Bjargey Bjargheiður Bjarghildur Bjarglind Bjarkey Bjarklind Bjarma Bjarndís Bjarney
Bjarnfríður Bjarngerður Bjarnheiður Bjarnhildur Bjarnlaug Bjarnrún Bjarnveig Bjarný Bjarnþrúður
Bjarnþóra Bjartey Bjartmey Björg Björgey Björgheiður Björghildur Björk Björney Björnfríður Björt
Bjørg Blanaid Blanca Blanch Blanche Blanchie Blandine Blanduzia Blanka Blathnaid Blažena Blerina
Blerta Blessing Blossom Bluette Bláey Blædís Blín Blíða Blómey Bobba Bobbi Bobbye Bodil Boel Boga
Bogdana Bogdís Bogey Bogga Boghildur Boglárka Bohdana Bohdanna Bohumila Bohuslava Bolatito
Boluwatife Bonita Bonnie Bonny Bonu Borbála Borg Borgdís Borghildur Borgný Borgrún Borgþóra Bosibori
Botnía Bouchra Bozena Božena Božica Božidara Braelyn Braga Braghildur Branddís Brande Brandee Brandi
Brandie Branislava Branka Brea Breana Breann Breanna Breanne Breda Bree Breeda Breege Breffni Brenda
Brendah Brenna Breonna Bria Briana Brianda Brianna Brianne Brid Bridget Bridgett Bridgette Bridgit
Bridie Brielle Briget Brigette Brighid Brigid Brigita Brigitta Brigitte Briley Brilyant Brimdís
Brimhildur Brimrún Brinda Brinley Brionna Brisa Bristol Brit Brita Britany Britney Britni Britny
Britt-Mari Britt-Marie Britta Brittaney Brittani Brittanie Brittnay Brittnee Brittney Brittni
Brittnie Brittny Brona Bronach Bronagh Bronislava Bronwen Bronwyn Brooke Brooklynn Broņislava Bruna
Brunhild Brunhilde Bruni Brunilda Bryana Bryanna Brylee Bryn Bryndís Brynfríður Bryngerður
Brynheiður Brynhildur Brynja Brynlee Brynn Brynný Bryony Brá Brák Bríana Bríanna Bríet Brígida
Buelah Buena Buffy Bukurije Bula Bulah Buna Bunmi Burcuhan Burkney Busara Busisiwe Buşra Bylgja
Byrdie Bára Bárbara Bärbel Béatrice Béatrix Bénédicte Bérengère Bérénice Bíbí Bína Bóel Bót
Bóthildur Büreyre Büşranur Caddie Cadence Caetana Cahan Cailin Cailyn Cait Caitlin Caitlyn Caitlynn
Caitriona Cajsa Caldonia Caleigh Cali Calista Calixta Calla Calleigh Cambria Camelia Cami Camila
Camilla Camisha Cammie Canan Candace Candela Candelaria Candelas Candi Candice Candida Candis
Candyce Canfeza Cannie Canseven Canur Caoilfhionn Caoimhe Capitola Cappie Caprice Capucine Cara
Caragh Caren Cari Caridad Carie Carin Carina Carine Carisa Carissa Carita Carla Carlee Carleen
Carleigh Carlene Carley Carli Carlijn Carlota Carlotta Carly Carlyn Carma Carmela Carmelita Carmella
Carmenza Carmina Carminho Caro Carola Carolann Carole Carolee Carolien Carolin Carolina Caroline
Carolyn Carolyne Carolynn Caron Carra Carren Carri Carry Caryl Caryn Casandra Casiana Casie
Cassandra Cassondra Cataleya Catalina Catarina Caterina Catharina Catharine Catherina Catherine
Catheriona Cathern Cathey Cathi Cathie Cathleen Cathrin Cathrina Cathrine Cathriona Cathryn Cathy
Catia Catina Catinca Catrin Catrina Catrine Catrinel Catriona Caydence Cayetana Cayla Caylee Ceara
Cecelia Cecile Cecilia Cecilie Cecilija Cecille Cecily Cecilía Cecília Cedide Ceil Celena Celene
Celesta Celeste Celestia Celestina Celestine Celia Celie Celina Celinda Celine Cemiyle Cena Centa
Centrine Ceola Cerasela Cevale Ceyla Ceylin Ceyran Cezara Chaaya Chaitaly Chaka Chakrika Chaman
Chameli Chana Chanchal Chanda Chandani Chanel Chanelle Chaney Chanez Chanie Chaniya Channie Chantal
Chante Chantel Chantelle Charis Charissa Charisse Charita Charla Charlee Charleen Charlene Charline
Charlize Charlott Charlotta Charlotte Charlottie Charlsie Charmaine Charolette Charos Charvi Chasity
Chasmum Chastity Chausiki Chavvi Chaya Chebet Chelangat Chelo Chelsey Chelsi Chelsie Chelsy
Chepkemoi Chepkoech Chepkorir Cher Cherelle Cheri Cherie Cherilyn Cherise Cherish Cherith Cherotich
Cherrelle Cherri Cherrie Cherryl Cheryl Cheryle Cheryll Chessie Chestina Cheyanne Chi Chiamaka
Chiara Chidimma Chimere Chinelo Chinyere Chipukizi Chiquita Chiraz Chita Chiyo Chizoba Chloe Chloie
Chloé Chloë Chlóe Chrissie Chrissy Christa Christa-Maria Christabel Christal Christeen Christel
Christelle Christen Christena Christene Christi Christiana Christiane Christianne Christin Christine
Christl Chrystal Chyna Chynna Ciaobella Ciara Ciarra Ciarrai Cicely Cici Cielo Ciera Cierra Cihan
Ciji Cilla Cilli Cilly Cinda Cindi Cindy Cinnamon Cinta Cinthia Cinthya Cintia Cinzia Cipriana
Cirkeline Citlali Citlalli Citra Claire Claire-Lise Clara Clarabelle Claribel Clarice Clarinda
Clarine Clarisa Clarissa Clarisse Classie Claudette Claudia Claudina Claudine Cleda Clelia Clella
Clemencia Clementina Clementine Clemie Clemma Cleola Cleone Cleopatra Cleora Cleta Cleva Clevie
Cliffie Cliodhna Cliona Clodagh Cloe Clora Clorinda Clothilde Clotilda Clotilde Cloé Clyda Clydie
Clytie Clàudia Cláudia Cläre Clémence Clémentine Codrina Coleen Coletta Colette Coline Colleen
Collette Colomba Columbia Comfort Concepcion Concepción Concepta Concetta Concha Conchita Consolata
Constance Constantina Constanza Constanze Constança Consuela Consuelo Contina Cora Coraima Coralia
Coralie Coraline Corda Cordelia Cordella Cordia Cordie Cordula Corean Corene Coretta Cori Corie
Corina Corine Corinna Corinne Corliss Cornelia Cornie Corona Corrie Corrina Corrine Cosima Cosmina
Courteney Creola Crescencia Cressie Crete Crina Crissie Crissy Crista Cristal Cristen Cristi
Cristiana Cristin Cristina Cristine Cristy Crysta Csilla Cuheyna Custodia Cvetka Cydney Cyndi Cyntha
Cynthia Cándida Cátia Cäcilia Cäcilie Cécile Célestine Célia Célina Céline Cătălina Dace Daciana
Dafina Dafne Dagbjörg Dagbjört Dagfríður Daggrós Dagheiður Dagmar Dagmara Dagmey Dagny Dagný Dagrún
Dahiana Dahlia Daiana Daiga Daija Daijah Daina Dainess Dairine Daisey Daisha Daisie Daisye Daja
Dajana Daksha Dalaja Daldís Daley Dalia Dalila Dalili Dalima Dalla Dallilja Dalrós Dalía Damaris
Damienne Damini Damjana Damlanur Damyanti Danae Daneen Danelle Danette Daney Danfríður Danheiður
Danhildur Dania Danica Daniela Daniella Danielle Danijela Danika Danique Danita Danitza Danièle
Danna Dannielle Danuta Danuše Danyel Danyell Danyelle Danía Daníela Daníella Daphne Daphné Darci
Darcie Daria Dariana Darika Darina Darinka Darja Darla Darleen Darlene Darline Darling Darlyne Dary
Darya Daryna Dasia Davida Davina Davnet Dawna Dawne Dayamai Dayami Dayana Dayanara Dayita Dayle
Dayna Dayse Daðey Daðína Deana Deandra Deann Deanna Deanne Dearbhail Dearbhaile Dearbhla Deasia Deb
Debbi Debbie Debbra Debby Debera Debi Debora Deborah Deborrah Debra Debrah Debroah Debóra Dedra Dee
Deeann Deedee Deena Deepa Deetta Deha Deicy Deidra Deidre Deirbhile Deirdre Deisy Deja Dejah Delaney
Delcie Delfina Delia Deliah Delila Delilah Delina Delinda Delisa Dellar Delle Dellia Dellie Delois
Delora Delores Deloris Delpha Delphia Delphine Delsie Delta Dema Demetra Demetria Demi Demi-Lee
Demi-Leigh Dena Dendý Deneen Denese Denice Deniis Denine Denisa Denise Denisha Denisse Denita Derly
Derval Dervilla Dervla Derya Deryanur Desirae Desiree Desirée Despina Dessa Destany Destinee
Destiney Destini Devi Devika Dewi Deyanira Dezzie Değer Dhriti Diah Dian Diana Dianah Diandra Diann
Dianna Dianne Dicie Dicy Dida Didda Didina Dietlind Dietlinde Digna Dijana Dilara Dilcan Dildora
Dilfeza Dilhuş Dilja Diljá Dillie Dilnoz Dilnur Dilsitan Dilşad Dilşat Dimitrina Dimmblá Dimmey
Dimple Dina Dinah Dinda Dione Dionisia Dionne Dipta Dita Ditte Divan Divya Dixie Diya Diyora Diána
Diāna Djuana Djuna Dobromila Dobroslava Dochia Docia Doina Dola Dollie Dolly Dollye Dolores Doloris
Dolphine Domenica Dominga Dominika Dominque Domitila Domnica Domonique Dona Donata Donatella Donia
Donie Donita Donna Doralisa Dorathea Dorathy Dorcas Dorcus Doreen Dorene Doretha Doretta Dori
Doriana Dorien Dorina Dorinda Dorine Doris Dorit Dorita Dorla Dorle Dorli Dorota Dorotea Doroteja
Dorotha Dorothe Dorothea Dorothee Dorothy Dorothée Dorottya Dorte Dortha Dorthe Dorthea Dorthey
Dorthy Dosha Doshia Doshie Dosia Dossie Dot Dottie Dotty Dounia Dove Dovie Doyinsola Doğannur Draga
Dragana Dragica Drahomíra Drahoslava Drauma Draumey Drema Drita Droplaug Drucilla Drusilla Drífa
Drótt Dröfn Duha Dulce Dulcie Dumisani Dumisile Dumitra Dumitrana Dunja Dunyo Durdona Durgadin Durna
Dursadiye Duyguhan Duyên Dušanka Dwan Dyan Dymphna Dympna Dzidra Dzintra Dáša Dæja Débora Déborah
Désirée Día Díana Díanna Díma Dís Dísa Dísella Dóa Dómhildur Dóra Dórey Dóris Dórothea Dórótea
Dóróthea Dögg Dögun Döner Dörte Dörthe Dúa Dúfa Dúna Dünya Dürrüşehvar Dýrborg Dýrfinna Dýrleif
Dýrley Dýrunn Dārta Eadaoin Earlean Earlene Earline Earnestine Eartha Eathel Eavan Ebba Eboni
Ebonney Ebony Ecaterina Ecegül Ecrin Eda Edaviye Edda Eddah Edel Edelgard Edelmira Edeltraud
Edeltraut Edeltrud Edhitha Edil Edilma Edina Edinah Edit Edita Edith Editha Edla Edmonia Edna Ednah
Edona Edra Edrie Edris Eduarda Edwina Edyta Edyth Edythe Edīte Eesha Eeva Efemía Effa Efil Eftimia
Egedía Egenur Eggrún Egla Egzona Ehrentraud Eija Eik Eila Eileen Eilis Eilish Eimear Eimer Eimhear
Einbjörg Eindís Einey Einfríður Einhildur Einrún Einína Eir Eira Eiravati Eirdís Eirfinna Eirný
Eiríka Eirún Eithel Eithne Eivor Eiðný Eiðunn Ekaja Ekani Ekanta Ekantika Ekaterina Ekiya Ekta Ela
Elaina Elaine Elamiye Elana Elayne Elba Elberta Elcira Elcy Elda Eldbjörg Eldey Eldlilja Eldora
Eldrún Elea Eleanor Eleanora Eleanore Elease Electa Eleina Elektra Elena Elenborg Eleni Elenor
Elenora Elenore Eleonor Eleonora Eleonore Eleonóra Elfa Elfi Elfida Elfie Elfreda Elfrieda Elfriede
Elfur Eliabeth Eliana Eliane Elianna Elida Elien Eliette Elif Elifnur Eligia Eliisa Elin Elina
Elinborg Eline Elinor Elinore Eliona Elisa Elisabet Elisabeta Elisabete Elisabeth Elisabetha
Elisabetta Elisaveta Elise Elissa Elita Eliza Elizabet Elizabeta Elizabete Elizabeth Elizaveta
Elizbeth Elize Elizebeth Eliška Elka Elke Ella Ellamae Ellar Elle Ellen Eller Elley Elliana Ellie
Ellinor Ellisif Ellyn Ellín Ellý Elma Elmina Elmira Elmire Elmyra Elna Elnora Eloah Elodia Elodie
Elois Eloisa Eloise Elona Elosy Elouise Eloá Eloísa Eloïse Els Elsa Elsabet Elsbeth Else Elsebeth
Elsie Elsy Elsí Elsý Elta Elva Elvan Elvana Elvera Elvi Elvia Elvie Elvina Elvira Elvire Elvy Elvíra
Elvý Elvīra Elwanda Elwira Elyse Elyssa Elzada Elzbieta Eléa Eléna Eléonore Elía Elíana Elín Elína
Elínbet Elínbjörg Elínbjört Elínborg Elíndís Elíngunnur Elínheiður Elínrós Elíná Elírós Elísa
Elísabet Elísabeth Elīna Elżbieta Ema Emal Emaline Emanuela Emanuella Emanuelly Ember Embla Emelia
Emelie Emelina Emeline Emely Emelyne Emelía Emelíana Emelína Emer Emeralda Emese Emilce Emilee
Emilia Emiliana Emilie Emilija Emiliya Emilly Emilse Emily Emilía Emilíana Emilíanna Emilý Emina
Emine Emiş Emma-Louise Emmaculate Emmah Emmalee Emmaline Emmanuelle Emmer Emmi Emmie Emmy Emmý
Emogene Emperatriz Emy Emília Emý Emīlija Ena Encarna Encarnación Encarnita Endah Ene Eneka Enfes
Engilbjört Engilráð Engilrós Engla Enid Enika Enikő Eniola Enith Enja Enna Enola Enriqueta Enya
Enóla Eola Eowyn Eppie Epsie Era Erbay Erdmute Erem Eres Ergül Erica Ericka Erika Erina Eris Eriş
Erla Erlen Erlene Erlinda Erline Erlín Erma Ermina Ermine Erna Ernestina Ernestine Erny Erva
Ervaniye Erykah Eryn Erzsébet Esengün Eshana Esi Esila Esja Eslemnur Esma Esmanperi Esmarelda Esmee
Esmeralda Esmira Esmée Esna Esparta Esperanza Essa Essence Essi Essie Esta Estefani Estefania
Estefany Estefanía Estela Estell Estella Estelle Ester Estera Esteri Esther Estie Estiva Estrella
Eszter Eta Etela Etelka Etelvina Etha Ethel Ethelene Ethelyn Ether Ethie Ethna Ethne Ethyl Ethyle
Etna Etta Etter Ettie Eudora Eufemia Eufemía Eufrosina Eugenia Eugenie Eugénia Eugénie Eula Eulah
Eulalia Eulalie Eulália Euna Eunice Eunika Euphemia Eura Eusebia Eva Eva-Lena Eva-Maria Eva-Marie
Evalena Evaline Evalyn Evalyne Evamaria Evangelia Evangelina Evangeline Evangelista Evanghelina Evde
Evdokiya Evelena Evelia Evelien Eveliina Evelin Evelina Eveline Evelyne Evelynn Evelína Everline
Everlyne Evette Evey Evfemía Evfrosiniya Evgeniya Evgenía Evi Evia Evie Evija Evita Evlalía Evon
Evonne Evpraksiya Evrim Evy Evíta Ewa Ewatomi Ewelina Exa Exie Eybjörg Eybjört Eydís Eyfríður
Eygerður Eygló Eyhildur Eyja Eyjalín Eyleif Eylín Eyrós Eyrún Eyveig Eyvör Eyþrúður Eyþóra Ezgin
Eðna Eşim Fabia Fabiana Fabienne Fabiola Fabiënne Fabrizia Fadekemi Faderera Fadile Fadime Fadıla
Fae Faina Fainche Fairy Faisa Faizah Faize Falak Falguni Fallon Falon Fancy Fanndís Fanney Fanni
Fannie Fannlaug Fanny Fannye Fanný Farah Farangiz Farhiya Farhunnisa Farida Farijika Fariza Farrah
Farzona Fathonah Fatigül Fatiha Fatima Fatime Fatinur Fatma Fatmanur Fatmire Fatuma Fawn Fay Faye
Fayize Febe Febi Febrún Feden Federica Fehintola Fehmiye Felecia Felicia Feliciana Felicidad Felicie
Felicitas Felicity Feline Felipa Felisa Felisha Felista Felister Felistus Felizitas Fella Fem Fema
Femke Fenna Fenne Ferahdiba Feraye Ferhan Feriel Ferinaz Fermuta Fernanda Fernande Ferne Ferny
Feruza Feryas Fevroniya Feyha Feyzin Fiamma Fibikemi Fidan Fidaye Fidela Fidelia Fidelma Fien Fiene
Fikayomi Fildan Filipa Filippa Filippía Filipía Filiz Filofteia Filomena Filoména Finna Finnbjörg
Finnbjörk Finnboga Finnborg Finndís Finney Finnfríður Finnlaug Finnrós Finola Fiona Fionna Fionnuala
Fionnula Fiorella Firdevis Fitnat Fitore Fitria Fitriani Fjalldís Fjolla Fjóla Flavia Flavie Fleda
Fleeta Fleta Fleur Flo Floare Floarea Flonnie Floor Floortje Florance Flore Florencia Florene
Florentina Florentine Floretta Floriana Floriane Florica Florida Florie Florina Florinda Florine
Florrie Flossie Flurina Flóra Folashade Folda Fonda Fortunata Forum Fotima Fouzia Franca Francesca
Franchesca Francia Francies Francina Francine Francisca Franciska Francisquita Francoise Francy
Franka Fransiska Františka Franziska Françoise Frauke Freda Frederica Fredericka Frederika Frederike
Frederikke Frederique Fredrika Freeda Fregn Freia Freida Freja Fresia Freya Freydís Freygerður
Freyja Freylaug Freyleif Frida Fridah Frieda Friedericke Friederike Friedhilde Friedl Friedlinde
Frigg Friðbjörg Friðbjört Friðborg Friðdís Friðdóra Friðey Friðfinna Friðgerður Friðjóna Friðlaug
Friðleif Friðlín Friðmey Friðný Friðrika Friðrikka Friðrós Friðrún Friðsemd Friðveig Friðþóra Frona
Fronia Fronie Fronnie Frostrós Frusina Frán Frédérique Fríða Fríður Fróðný Fuma Fumiko Fura Fyokla
Fátima Félicie Féline Fía Fídes Fífa Fönn Fügen Gabel Gabriela Gabriella Gabrielle Gabrielly
Gabríela Gabríella Gaby Gaia Gaida Gaja Gala Galilea Galina Gambo Ganga Ganimete Ganiye Garima Gasti
Gauja Gaurangi Gauri Gaurika Gautami Gauthildur Gawati Gayathri Gaye Gayla Gaylene Gaynell Gaëlle
Geanina Gearldine Geetika Gefjun Gefn Geira Geirbjörg Geirdís Geirfinna Geirfríður Geirhildur
Geirlaug Geirlöð Geirný Geirríður Geirrún Geirþrúður Gelengül Gelsomina Gema Gemma Gena Genesis
Geneva Genevieve Geneviève Genevra Gennie Genovefa Genoveva Genta Georganna Georgeann Georgeanna
Georgene Georgeta Georgetta Georgette Georgiana Georgiann Georgianna Georgina Georgine Georgía
Geraldine Geralyn Gerarda Gerardine Gerda Gerdi Gerhild Gerlind Gerlinde Germana Gerri Gerta Gertha
Gerti Gertie Gertraud Gertraude Gertraut Gertrud Gertrude Gertrudis Gertrúda Gerða Gerður Gesa
Gesare Gesche Gesine Gestheiður Gestný Gestrún Geta Gethera Getrude Geza Ghaliyati Gherghina
Ghislaine Gia Giada Giana Gianina Gianna Gidget Giesela Gifty Gigi Gilberte Gilda Gillian Gillie
Gillý Gilma Gilslaug Gina Ginette Ginny Gioia Giorgia Giorgiana Giovanna Girtha Gisa Gisela Gisele
Giselle Gislinde Gisselle Gissunn Gisèle Gitta Gitte Giulia Giuliana Giulietta Giuseppa Giuseppina
Gizela Gizella Gizem Gjaflaug Gladis Gladyce Gladys Glafira Glenda Glendora Glenna Glennie Glennis
Glenys Glinda Gloria Gloría Glynda Glynis Gló Glóa Glóbjört Glódís Glóey Glóð Gná Godelieva
Godelieve Golda Goldia Goldie Goma Goncafer Gordana Grace Gracelyn Gracia Graciana Gracie Graciela
Grainne Grania Grayce Grazia Graziella Grazyna Greca Grecia Greet Gregoria Grein Gret Greta Gretchen
Grete Gretel Grethe Gretl Gretta Gricelda Griet Grieta Grisel Griselda Grit Gro Grélöð Grét Gréta
Gríma Grímey Grímheiður Grímhildur Gróa Grēta Gudrun Gudula Gugu Gugulethu Guillermina Gullbrá
Gullveig Gullý Gumma Gun Gun-Britt Gunborg Gunda Gundel Gundhild Gundi Gundula Gunhild Gunilla
Gunita Gunn Gunnbjörg Gunnbjört Gunnborg Gunndís Gunndóra Gunnel Gunnella Gunnfinna Gunnfríður
Gunnharða Gunnheiður Gunnhildur Gunnjóna Gunnlaug Gunnleif Gunnlöð Gunnrún Gunnur Gunnveig Gunnvör
Gunný Gunnþóra Gunnþórunn Gunta Gunvor Gurli Gurrý Gusta Gusti Gustie Guusje Guðbjörg Guðbjört
Guðborg Guðdís Guðfinna Guðfríður Guðjóna Guðlaug Guðleif Guðlín Guðmey Guðmunda Guðmundína Guðný
Guðríður Guðrún Guðsteina Guðveig Gwen Gwenaëlle Gwenda Gwendolen Gwendoline Gwendolyn Gwyn Gwyneth
Gyda Gytta Gyða Gyðja Gyðríður Gyöngyi Györgyi Gæfa Gæflaug Génesis Géraldine Gía Gígja Gísela Gísla
Gísley Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gök Gökperi Gökçe Göli Gönül Görsev Gözem Gúa
Gül Gülay Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülenay Güler Gülev Gülfari
Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan Gülmira Gülmisal Gülnar Gülnaz Gülnaziye
Gülnur Gülper Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gülten Gülter
Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülüs Gülüstan Gülüş Gülşa Gülşeref Günar Günay
Günebakan Güngören Günsel Gürcüye Gürten Güverçin Güzey Habiba Habibe Hacile Hadassa Hadassah Hadda
Haddý Hadicha Hadija Hadiza Hadjer Hadrey Hafbjörg Hafborg Hafdís Hafey Hafliða Haflína Hafný Hafrós
Hafrún Hafsa Hafsat Hafshah Hafsteina Hafþóra Hafıza Haiba Hailee Hailey Hailie Hajnalka Haleigh
Halenur Haley Hali Halie Halima Halina Halisi Haliye Halla Hallbera Hallbjörg Hallborg Halldís
Halldóra Halle Hallfríður Hallgerður Hallgunnur Hallkatla Hallný Hallrún Hallveig Hallvör Halyna
Hamima Hamiyet Hamsini Hana Hanako Hanbiken Hani Hania Hanife Hanim Hanja Hanna Hannabel Hannah
Hannchen Hanne Hanne-Lore Hannele Hannelore Hanney Hanny Hanora Hansa Hansultan Hansína Harbinaz
Harinakshi Harini Harita Harlene Harpa Harriet Harriett Harriette Haruka Haruko Hasel Hasgül Hashiki
Hasna Hasret Hassie Hatice Hatima Hatin Hauwa Hauður Hava Havali Havse Hawa Hawehindi Hayat Haydée
Hayel Haylee Hayleigh Hayley Haylie Hayrünnisa Hazel Hazelle Hazine Hazle Heather Heba Hedda Hedi
Hedvig Hedviga Hedvika Hedwig Hedy Hedí Hege Heide Heide-Marie Heidelinde Heidelore Heidemarie
Heiderose Heidi Heidrun Heidy Heike Heiða Heiðbjörg Heiðbjörk Heiðbjört Heiðbrá Heiðdís Heiðlaug
Heiðlóa Heiðný Heiðrós Heiðrún Heiður Heiðveig Hekime Hekla Helaine Helan Heleen Helen Helena Helene
Helga Heli Helinä Hella Helle Hellen Hellena Hellevi Helma Helmi Helmtrud Heloisa Heloise Heloísa
Helvi Helyn Helén Heléne Helēna Hema Hemal Hemangini Hemani Hendrikka Henife Henna Henni Hennie
Henny Henný Henretta Henrieta Henrietta Henriette Henrika Henrike Henríetta Hera Heracleea Herbjörg
Herbjört Herborg Herdis Herdís Herfríður Hergerður Herlaug Herlinda Herlinde Herma Hermelinda
Hermina Herminda Hermine Herminia Hermína Hersilía Herta Hertha Hervör Herþrúður Hessie Hester Hesti
Hettie Hetty Heva Hezniye Hicran Hidaya Hilah Hilayda Hilda Hildah Hildburg Hilde Hildegard
Hildegarde Hildegart Hildegund Hildegunde Hildibjörg Hildigerður Hildigunnur Hildiríður Hildisif
Hildred Hildur Hilkka Hillevi Hilma Hiltraud Hiltrud Himinbjörg Hind Hinet Hinewai Hinrika Hinrikka
Hiral Hjalta Hjaltey Hjálmdís Hjálmey Hjálmfríður Hjálmgerður Hjálmrós Hjálmrún Hjálmveig Hjördis
Hjördís Hjörfríður Hjörleif Hjörný Hjörtfríður Hlaðgerður Hlédís Hlíf Hlín Hlökk Hodari Holli Honora
Hortencia Hortense Hortensia Hortenzia Houda Hoşkadem Hrafna Hrafnborg Hrafndís Hrafney Hrafngerður
Hrafnheiður Hrafnhildur Hrafnkatla Hrafnlaug Hrafntinna Hraundís Hrefna Hreindís Hrund Hrólfdís
Hróðný Hrönn Huban Hubertine Hugbjörg Hugbjört Hugborg Hugdís Hugljúf Hugrún Huguette Huia Huld
Hulda Huldah Huldrún Huldís Humaira Humaiya Humayra Hurican Hurşide Hvönn Hákonía Héloïse Hélène
Hólmbjörg Hólmdís Hólmfríður Hödd Högna Hörn Húnbjörg Húndís Húngerður Hüda Hülya Hümeyra Hürmet
Hürüyet Hüsnühâl Iara Iasmina Iben Ibeth Ibironke Ibolya Ica Icey Icha Icie Icy Idabelle Idamae Idda
Ide Idell Idella Idika Idun Iesha Ieshia Ieva Ifa Ifeoma Ifora Ifunanya Ignacia Iida Iiris Ijaya Ika
Ikram Ikshita Ila Ilah Ilaria Ilda Ildiko Ildikó Ildız Ileana Ilene Ilenia Ilga Iliana Ilinca Ilka
Illa Ilma Ilmur Ilo Ilona Ilonka Ilsa Ilse Ilze Ima Imane Imani Imany Imara Imelda Imene Imke
Immaculate Immý Imo Imogen Imogene Imona Ina Inaya Inda Indah Indali Indi Indiana Indie Indira Indy
Indía Indíana Indíra Ine Inell Ines Inese Ineta Inez Ing-Britt Ing-Marie Inga Inga-Britt Inga-Lill
Ingalill Ingdís Ingeborg Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore Inger Ingetraud
Ingetraut Ingey Ingheiður Inghildur Ingibjörg Ingibjört Ingiborg Ingifinna Ingifríður Ingigerður
Ingilaug Ingileif Ingilín Ingimaría Ingimunda Ingiríður Ingirós Ingisól Ingiveig Ingrid Ingrida
Ingried Ingrún Ingrīda Inguna Ingunn Ingveldur Inka Inken Inkeri Inmaculada Inna Insa Inta Intan
Inès Inés Inês Ināra Ioana Ioanina Iola Iolanda Iona Ione Ionela Ionelia Iosefina Iraida Irena Irene
Iretioluwa Iriana Iridenta Iridian Irina Irine Irja Irma Irmela Irmeli Irmengard Irmgard Irmhild
Irmi Irmingard Irmtraud Irmtraut Irmtrud Irmý Irpa Irva Irya Iryna Irène Irén Iréne Irēna Irıs
Isabel Isabela Isabell Isabella Isabelle Isabelly Isadora Isaline Isamar Isaura Ise Isha Ishani
Ishanvi Ishita Isidora Isis Isla Isobel Isolde Isolina Ita Itanya Itzel Itziar Iulia Iuliana Iustina
Ivah Ivana Ivanka Ivanna Iveta Ivette Ivie Ivka Ivona Ivone Ivonne Iwona Iya Iyabode Iyadunni Iyana
Iyanna Iymona Iza Izabela Izabella Izabelle Ize Izetta Izola Izora Iða Iðunn Işin Işın Jaana Jacalyn
Jacey Jacinta Jacintha Jackeline Jacki Jackie Jackline Jacklyn Jaclyn Jacobine Jacque Jacquelin
Jacqueline Jacquelyn Jacquline Jacqulyn Jada Jadranka Jadwiga Jaeda Jael Jaelyn Jaelynn Jagrati
Jagvi Jahi Jaida Jailene Jailyn Jaimee Jakayla Jakobína Jaleesa Jalisa Jalissa Jaliyah Jalsa Jalyn
Jalynn Jamalia Jami Jamie-Lee Jamie-Leigh Jamila Jamiya Jamya Jana Janae Janaki Janani Janay Jane
Janeen Janel Janell Janelle Janene Janessa Janet Janeta Janeth Janett Janetta Janette Janey Janiah
Janice Janie Janin Janina Janine Janiya Janiyah Janja Janna Janneth Jannette Janni Jannie Jannika
Januja Janya Janyce Jaquelin Jaqueline Jara Jarmila Jaromíra Jaroslava Jaruthip Jarún Jarþrúður
Jasiri Jaslene Jaslyn Jasmijn Jasmina Jasmine Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasna Jaunita
Javiera Jaycee Jaycie Jayda Jayde Jaye Jayla Jaylah Jaylee Jayleen Jaylene Jaylinn Jaylyn Jaylynn
Jayne Jazlene Jazlyn Jazlynn Jazmin Jazmine Jazmyn Jazmyne Jazmín Jaël Jeana Jeane Jeanetta Jeanette
Jeanie Jeanine Jeanmarie Jeanna Jeanne Jeannette Jeannie Jeannine Jeanny Jebet Jecinta Jedidah
Jeevika Jekaterina Jelagat Jele Jelena Jelita Jelka Jemima Jemimah Jemma Jemutai Jena Jenelle
Jenetta Jenifer Jeniffer Jenilee Jenipher Jenna Jennette Jennie Jennifer Jenniffer Jenny Jenný
Jensína Jente Jepchirchir Jepchumba Jepkemoi Jepkoech Jepkorir Jepkosgei Jeptoo Jeraldine Jeri
Jerica Jerilyn Jerilynn Jerneja Jerono Jerop Jerotich Jerri Jerrica Jerrie Jerrilyn Jerusha Jeruto
Jeryl Jesca Jesenia Jesica Jessenia Jessi Jessica Jessika Jessye Jessý Jesusa Jet Jetta Jhalak
Jhoana Jil Jill Jillian Jimena Jina Jindřiška Jinnie Jinthe Jitka Jiřina Joana Joanie Joann Joanna
Joanne Joaquina Jocelyn Jocelyne Jocelynn Jodi Jodie Jody Joell Joella Joelle Joellen Joetta Joette
Johana Johanna Johannah Johanne Johnna Joi Joke Jolana Jolanda Jolanta Jolanthe Joleen Jolene
Jolette Jolie Jolien Jolijn Jolina Joline Jolán Jonell Jonna Jordana Jordin Joretta Jorja Jorunn
Josefa Josefiina Josefin Josefina Josefine Josefita Joselin Joseline Joselyn Josepha Josephina
Josephine Josette Josiane Josianne Josie Josiephine Josipa Joslyn Josphine Jossie Josy Josée
Joséphine Journey Jovana Jovina Jovita Joyce Joycelyn Joye Joyline Jozefína Joëlle Jožefa Jožica
Juana Juanita Judi Judie Judit Judita Judith Judy Judyth Juli Julia Juliana Juliane Juliann Julianna
Julianne Julie Julie-Anne Julienne Juliet Julieta Julieth Juliette Julija Julijana Julisa Julissa
Julita Juna Juni Junia Junie Justina Justyna Justína Jutta Juulia Jyoti Jytte Járnbrá Járngerður
Jázmin Jéssica Jóa Jóanna Jódís Jófríður Jóhanna Jólín Jóna Jónanna Jónasína Jónbjörg Jónbjört
Jóndís Jóndóra Jóney Jónfríður Jóngerð Jónheiður Jónhildur Jóninna Jónný Jónída Jónína Jóný Jóra
Jórlaug Jórunn Jóríður Jósebína Jósefín Jósefína Jökla Jökulrós Jörgína Júdea Júdit Júlia Júlía
Júlíana Júlíanna Júlíetta Júlírós Júnía Júníana Jūla Jūle Jūlija Kaaren Kaarina Kaat Kacey Kaci
Kacie Kacy Kadence Kadijah Kadri Kadınana Kaela Kaelyn Kaelynn Kahina Kaia Kaija Kaila Kailee Kailey
Kailyn Kaisa Kaitlin Kaitlyn Kaitlynn Kaiya Kaja Kajsa Kaleena Kaleigh Kalene Kaley Kalie Kalina
Kaliyah Kalla Kallie Kaltrina Kaluwa Kalyn Kamala Kamaria Kami Kamila Kamilah Kamilla Kamilly Kamma
Kamora Kamya Kamí Kana Kandace Kandef Kandi Kandice Kandy Kanesha Kani Kania Kanisha Kaori Kapitola
Kapítóla Kara Karama Kardelen Karen Karie Karima Karimah Karin Karina Karine Karis Karissa Karitas
Karla Karlee Karlene Karley Karlie Karlijn Karlinna Karlotta Karly Karlína Karlīna Karmen Karola
Karolien Karoliina Karolin Karolina Karoline Karolyn Karolína Karon Karren Karri Karrie Karsyn
Kartika Karyl Karyme Karyn Karí Karín Karína Karítas Karó Karólín Karólína Kasandra Kashish Kashvi
Kasie Kasiyah Kaskazi Kassandra Kassidy Kassie Kata Katalin Katalina Katariina Katarina Katarzyna
Katarína Katarīna Katcha Kate Katelijne Katelin Katelyn Katelynn Katerina Katerine Katerína Kateřina
Kathaleen Katharina Katharine Katharyn Katherin Katherina Katherine Katherinne Kathern Katheryn
Kathey Kathi Kathie Kathinka Kathleen Kathlene Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy
Kathyrn Kati Katia Katica Katie Katie-Louise Katina Katinka Katja Katla Katleen Katlin Katlyn
Katlynn Kato Katri Katrien Katriina Katrijn Katrin Katrina Katrine Katriona Katrín Katrína Katrīna
Kattie Katty Katy Katý Kaver Kavya Kaya Kaycee Kaydence Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh
Kaylen Kaylene Kayley Kayli Kaylie Kaylin Kaylyn Kaylynn Kazuko Kaðlín Keanna Keara Kecia Keeley
Keely Keena Keesha Keeva Kefser Keila Keira Keisha Kelcie Keli Kelis Kellee Kelli Kellie Kelly-Anne
Kelly-Marie Kellý Kelsea Kelsi Kelsie Kemuma Kemunto Kendra Kenia Kenisha Kenley Kenna Kennedi Kenza
Keri Kerime Kerri Kerrie Kerstin Kerttu Kerubo Kesha Keshia Ketilbjörg Ketilfríður Ketilríður Keya
Keyla Kezban Kezia Keziah Khadidja Khadija Khadijah Khalilah Khanyisile Khloe Khrystyna Kia Kiah
Kiana Kiandra Kianna Kiarra Kibafupia Kibibi Kiddý Kiera Kierra Kiersten Kifaye Kikelomo Kiki Kimber
Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimora Kimya Kinaya Kindra Kinga Kinley Kinsey
Kinsley Kiojah Kipepeo Kira Kiri Kirsi Kirsten Kirsti Kirstie Kirstin Kirstine Kirsty Kirstín Kisha
Kisima Kitan Kitti Kittie Kitty Kittý Kiwara Kiya Kiyoko Kizzie Kizzy Kjalvör Kjersti Klara Klaudia
Klaudie Klavdija Klavdiya Klea Klementína Kleópatra Kloe Klothilde Kládía Klára Kläre Kolbjörg
Kolbrá Kolbrún Koldís Kolfinna Kolfreyja Kolgríma Kolka Koncagül Konkordía Konný Konstanze Kora
Kordula Kori Korinna Korka Kormlöð Kornelia Kornelía Kornélia Kortney Kosisochukwu Kourtney
Kreszentia Kreszenz Kriemhild Krisha Krissy Krista Kristal Kristan Kristbjörg Kristborg Kristel
Kristensa Kristey Kristfríður Kristgerður Kristi Kristiane Kristie Kristien Kristiina Kristina
Kristine Kristiāna Kristjana Kristjóna Kristlaug Kristlind Kristlín Kristný Kristrós Kristrún
Kristveig Kristvina Kristy Kristyn Kristíana Kristíanna Kristín Kristína Kristólína Kristýna
Kristþóra Krisztina Kritika Krysta Krystal Krysten Krystin Krystina Krystle Krystyna Kría Ksenija
Kseniya Kuchanua Kumiko Kumral Kumush Kunigunda Kunigunde Kutgün Kutun Kvetoslava Květa Květoslava
Kwamboka Kweli Kya Kyara Kyla Kylah Kylee Kyleigh Kylene Kylie Kyllikki Kyra Kyrie Kára Kâzime Käte
Käthe Käthi Kæja Kókó Könül Kübran Künkyi Kısmet Laci Lacie Lada Ladina Ladislava Ladli Ladonna
Laetitia Lahoma Laia Laika Laila Lailah Lailati Lainey Laini Laisha Lajita Lakeisha Laken Lakendra
Lakesha Lakeshia Lakisha Lakshmi Lala Lalita Lalla Laly Lan Lana Lanette Laney Lani Lanie Lanita
Laoise Laora Laquita Lara Lara-Sophie Larae Laraine Laras Larisa Larissa Larysa Lashanda Lashonda
Lashunda Lasonya Lassie Latanya Latarsha Latasha Latesha Latifah Latika Latisha Latonia Latonya
Latoria Latosha Latoya Latoyia Latrice Latricia Latrina Laufey Laufheiður Laufhildur Lauga Laugey
Laugheiður Launa Laura Laure Laureen Lauren Laurene Lauretta Laurette Lauriane Laurie Laurina
Laurine Lauryn Lavada Lavanya Lavelle Lavender Lavenia Lavera Laverna Lavina Lavinia Lavona Lavonda
Lavonia Lavonne Lavínia Lavīze Lawanda Lawrencia Layla Laylah Laylo Laze Laëtitia Laíla Laís
Lea-Sophie Leafy Leah Leala Leana Leandra Leaner Leann Leanna Leanne Leatha Leatrice Leda Leeann
Leela Leen Leena Leesa Leia Leidy Leikný Leila Leilani Leire Leisa Leisha Leitha Lejla Lekha Lela
Lelah Lelar Lelia Lella Lemma Lempi Lenah Lene Leni Lenka Lenna Lenora Lenore Leocadia Leokadia
Leola Leoma Leona Leoni Leonia Leonie Leonor Leonora Leonore Leontina Leontine Leontīne Leonóra
Leopolda Leopoldina Leopoldine Leora Leota Lera Lerze Lesa Lesana Lesia Leslee Lesli Lesly Lesta
Leta Letha Lethia Leticia Letitia Letizia Letta Lettie Letty Letícia Leva Levina Lexi Lexis Lexus
Leydi Leyla Leyla-Katharina Leyli Leyre Lezize Leïla Leóna Leónóra Lhanzey Lia Liana Liane Libbie
Libby Libia Libni Libuša Libuše Liceth Licia Lida Liddie Lidia Lidie Lidija Lidiya Lidwina Lidya
Lieke Lien Liene Lies Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieselotte Lieve Lieze Ligia
Ligita Liisa Lila Lilah Lili Lilia Lilian Liliana Liliane Lilianna Lilie Lilija Lilijana Lilita
Liliya Lilja Liljana Liljurós Liljá Lill Lilla Lillemor Liller Lilli Lillia Lillian Lilliana
Lillianna Lillie Lillis Lilly Lillý Lilo Lilou Lilyan Lilyana Lilyanna Lilý Limon Lina Linah Lind
Linda Lindah Linddís Linde Lindita Line Linet Linette Lingný Linh Linna Linnea Linnéa Linsey Lintang
Lioara Lioba Lipika Liridona Lisa Lisa-Marie Lisanne Lisbet Lisbeth Lise Lise-Lott Lise-Lotte
Liselott Liselotte Liseth Lisette Lisha Lissa Lissette Lissi Lissie Lissy Listalín Lita Litha Littie
Litzy Liv Liva Livia Liwia Liya Liz Liza Lizabeth Lizbeth Lize Lizete Lizeth Lizette Lizz Lizzie
Lizzy Ljiljana Ljubica Ljubov Ljudmila Ljósbjörg Ljósbrá Ljótunn Lockie Loda Loes Lofn Loftveig
Logey Loice Loida Lois Loise Lokbrá Lola Lolita Lolla Lollie Loma Lona Londisizwe Londiwe Londyn
Loni Lonna Lopa Loraine Lorayne Lore Lorean Loredana Loree Loreen Lorelai Lorelei Lorena Lorene
Loretta Loretto Lori Loria Loriann Lorie Lorinda Lorine Lorna Lorrayne Lorri Lorrie Lossie Lot Lota
Lotta Lotte Lotti Lottie Louana Louane Louann Louanna Louella Louetta Louisa Louise Louisiana Loula
Louna Lourdes Lousie Louvenia Lova Lovey Lovina Lovis Lovisa Lovísa Loyce Loyola Luana Luann Luanne
Luara Luberta Luce Lucero Lucetta Lucette Lucia Luciana Lucie Lucienne Lucija Lucila Lucile Lucille
Lucina Lucinda Lucindy Lucrecia Lucretia Lucrezia Lucy Lucía Luda Ludie Ludivine Ludmila Ludmilla
Ludovica Ludwina Luella Luena Luetta Lugenia Luigia Luigina Luisa Luisana Luise Luisina Luitgard
Luiza Lujza Lukiya Lukka Lulah Lular Lulie Luljeta Lulla Lulu Luna Lunna Lupita Lura Lurana Lurena
Lurline Lutgarde Lutgardis Lutgart Lutie Luvenia Luvinia Luz Luzia Luzie Luzmira Luísa Lya Lyda
Lydia Lydiah Lydiane Lydianne Lydie Lydía Lykke Lyla Lylah Lyna Lynda Lyndia Lyndsay Lyndsey Lynette
Lyngheiður Lynley Lynne Lynnette Lynsey Lysiane Lyubov Lyudmila Lyudmyla Lára Lárensína Láretta
Lárey Lâle Læla Lærke Léa Léana Léane Léna Léone Léonie Léontine Lía Líba Líf Lífdís Lín Lína
Línbjörg Líndís Líneik Líney Línhildur Lísa Lísabet Lísandra Lísbet Lísebet Lív Lívia Lóa Lóreley
Lúcia Lúcía Lúna Lúsinda Lúsía Lúvísa Lúísa Lúðvíka Lüfen Lýdia Lýdie Lýdía Lăcrămioara Lība Līga
Līna Līza Lūcija Maaike Maaria Maarit Maartje Maaya Mabel Mabell Mabelle Mable Macarena Macaria
Macel Macey Machelle Maci Macide Macie Macy Madaha Madalena Madaline Madalyn Madalynn Madara
Maddalena Maddison Maddý Made Madeleine Madelene Madelief Madeline Madelyn Madelynn Madge Madhavi
Madie Madilyn Madilynn Madina Madini Madisen Madisyn Madleina Madlen Madlyn Madoa Madonna Madora
Madyson Maebell Maebelle Maegan Maeva Maeve Mafalda Maftuna Magali Magalie Magaly Magan Magarete
Magda Magdalen Magdalena Magdalene Magdaline Magdaléna Magdolna Magen Magga Maggey Maggie Maggy
Maggý Magna Magndís Magnea Magnes Magney Magnfríður Magnheiður Magnhildur Magnúsína Magný Magnþóra
Magret Magrit Magðalena Mahala Mahali Mahalia Mahalie Mahi Mahigül Mahika Mahnaz Mahter Mahulena Mai
Maia Maida Maie Maighread Maija Maike Maiken Maila Maimuna Maimunah Maira Maire Mairead Mairin Maisa
Maisha Maisy Maite Maitê Maivi Maiya Maj-Britt Maj-Lis Maja Majani Majella Majken Majvor Makaila
Makala Makarena Makayla Makena Makenna Makenzie Maksüde Mala Malak Malaya Malea Maleah Malen Malena
Malene Malgorzata Malia Maliah Malika Malin Malinda Malissa Malissie Maliyah Maliza Malla Malle
Mallie Mallorie Mallory Malorie Malou Malu Malva Malvina Malvína Malwina Malía Malín Mame Mamen
Mammie Manca Manda Mandi Mandie Mandy Manel Manerva Manervia Manie Manila Manilla Manja Manola Manon
Manuela Manuelita Manuella Manuelle Manya Manúela Mara Mara-Julie Maraea Maralyn Maranda Marcela
Marcelina Marceline Marcella Marcelle Marcheta Marci Marcia Marcie Marcy Mardell Mardís Mare Maree
Mareen Mareike Mareikura Mareile Marela Mareli Marella Marely Maren Marese Marey Marfa Marfríður
Marga Margaret Margareta Margarete Margaretha Margarethe Margarett Margaretta Margarette Margarida
Margarita Margarite Margaritha Margaréta Margaud Margaux Marge Margene Margeret Margery Marget
Margherita Margie Margit Margita Margitta Margo Margot Margoth Margret Margreth Margrethe Margrett
Margretta Margrieta Margrit Margrith Margrjet Margrét Marguerite Margueritte Margunnur Margurite
Margy Marheiður Maria Maria-Luise Maria-Theresia Mariah Mariam Mariana Mariane Marianela Mariangela
Marianita Mariann Marianna Marianne Maribel Maribeth Marica Maricel Maricela Maricica Maricruz Marie
Marie-Ange Marie-Anne Marie-Cecilie Marie-Christine Marie-Claire Marie-Claude Marie-France
Marie-Françoise Marie-Hélène Marie-Jeanne Marie-José Marie-Laure Marie-Line Marie-Louise Marie-Luise
Marie-Madeleine Marie-Noëlle Marie-Paule Marie-Pierre Marie-Rose Marie-Sophie Marie-Theres
Marie-Therese Marie-Thérèse Mariechen Marieke Mariel Mariela Mariele Mariella Marielle Marieluise
Marietta Mariette Marija Marijana Marijke Marika Marikó Marilee Marilena Marilla Marilou Mariluz
Marilyn Marilynn Marina Marinda Marine Marinela Marinella Marinette Marini Marinka Marioara Mariola
Marisa Marise Marisel Marisela Marisol Marissa Maristela Marit Marita Maritta Maritza Mariya Mariyah
Marja Marja-Leena Marja-Liisa Marjaana Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona
Marjorie Marjory Marjukka Marjut Marketta Markita Markrún Markéta Marla Marlana Marlaug Marlee
Marleen Marleigh Marlen Marlena Marlene Marleny Marlie Marlies Marliese Marlis Marlise Marly Marlys
Marlyse Marlène Marlén Marlín Marlís Marni Marnie Marnita Marolyn Marquita Marry Marsa Marselía
Marselína Marsha Marsibil Marsilía Marsý Marta Marte Martha Marthe Marti Martika Martina Martine
Martirio Martta Martína Marusya Maruša Marva Marvel Marwa Mary Maryam Maryann Maryanne Marybelle
Marybeth Maryellen Maryjane Maryjo Marylee Marylin Maryline Marylou Marylouise Marylyn Marylène
Maryna Maryse Maryvonne Marzena Marí Maríam Marían Maríana Maríanna Marín Marína Marínella Maríon
Marísa Marísól Marít Maríuerla Marólína Marý Masako Massiel Masume Matea Mateja Mathilda Mathilde
Matie Matilda Matilde Matta Mattea Matthea Matthilda Matthildur Matthía Mattie Mattye Mattíana
Mattína Mattý Maua Maud Maude Maudie Maura Maureen Mauricette Maurine Mavie Mavis Maxima Maxine Maya
Maybell Maybelle Maye Mayerly Mayme Maymie Maynur Mayra Maysa Mayte Mayya Mazie Maëlle Maëlys Maëva
Maía Maídís Maísól Maïté Maşide Maša Maža Mckayla Mckenna Mckenzie Meabh Meadow Meagan Meaghan
Mechelle Mechthild Mechthilde Mechtild Mecide Meda Media Medina Medora Meera Mefharet Meg Megan
Meggan Megha Meghan Meghana Meghann Mehdiye Mehin Mehrigül Mehrimoh Meibh Meike Meja Mekhala Mekkin
Mekkín Melaha Melania Melanie Melanine Melany Melba Melek Meleknur Melikkan Melina Melinda Melisa
Melissa Melissia Melita Melitta Melkorka Mellie Mellisa Mellissa Melodee Melodie Melonie Melony
Melrós Melva Melvina Melvine Melánia Melûl Mena Mendy Menfeat Menişan Meral Merba Mercedes Merche
Mercyline Mereana Meredith Merel Meret Merete Merethe Meriem Merike Merilyn Merim Merita Merja
Merlene Merna Merri Merrie Merrilee Merrily Mertie Merva Merve Mervi Mery Meryem Meryeme Meryl
Messíana Mesude Meta Metha Metka Metrine Metta Mette Mettie Meveddet Mevlüdiye Mey Meyhanim Meyransa
Mezide Mia Miah Micaela Micayla Michaela Michaele Michala Micheala Michela Michelina Micheline
Michell Michelle Michèle Mickie Mie Mieke Miesha Migdalia Mignon Miguela Mihaela Mihrab Mihriye Miia
Mikaela Mikaelína Mikaila Mikako Mikala Mikalah Mikayla Miki Mikkalína Mila Milada Milagros Milana
Milcah Milda Mildred Mildríður Milena Miley Milica Milissa Militsa Milka Milkah Milla Millaray Mille
Millicent Millie Milly Millý Miloslava Milota Milou Miluše Mima Mimi Mimmi Mimoza Mimy Minda Mindi
Mindy Minerva Minervia Minibe Minna Minney Minnie Minný Minodora Minta Mintie Mioara Mira Mirabela
Miranda Miray Mirdza Mireia Mireille Mirela Mirella Mireya Miriah Miriam Miriama Mirian Mirja Mirjam
Mirjami Mirjana Mirlinda Mirna Mirona Miroslava Miroslawa Mirra Mirriam Mirta Mirte Mirtha Mirthe
Mirtie Miruna Miryam Misra Missie Missouri Missy Mist Misti Mistie Misty Misuli Mitali Mitchelle
Mittie Mitzi Mitzy Miya Miyesser Mjalldís Mjallhvít Mjaðveig Mjöll Mkarkara Mnqobi Moa Modena
Modesta Modupe Moesha Mofifoluwa Mohini Mohinur Mohlaroyim Moira Mojca Mojisola Mojisoluwa Mollie
Molly Momoko Mona Monalisa Monica Monicah Monika Monique Monja Monna Monnie Monserrat Montserrat
Mora Moraa Moradeke Morayo Moreen Morena Morenike Morgane Moriah Morine Morolake Mosinmileoluwa
Mossie Mosunmola Motunrayo Moureen Mourine Moya Moyosore Mozell Mozella Mozelle Mrihani Muarra
Mubina Mufide Mugdha Muhima Muhiye Muhsina Muireann Muizza Mujde Mukbile Mumtoz Munda Mundheiður
Mundhildur Mundína Munisa Muriel Murielle Mursalina Musaffa Musfira Mushtariy Musila Muslima Mutia
Muvahhide Muxlisa Muzayyana Muzdalifa Mwamini Mwanajuma Mwanamisi Mwasaa Mya Myah Mykhaylyna Myla
Mylee Mylie Mylène Myra Myranda Myriam Myrle Myrna Myrra Myrta Myrtha Myrthe Myrtice Myrtie Myrtis
Mábil Málfríður Málhildur Málmfríður Mánadís Máney Mára Mária Márta Máxima Märta Märtha Mégane
Mélanie Mélina Mélissa Mélodie Mía Mínerva Míra Míranda Mítra Módís Móeiður Móey Móheiður Móna
Mónica Mónika Móníka Mörk Mübetcel Mücevher Müferrih Müjde Mükrüme Mülayim Mümtaze Münezzer Müret
Müsemma Müveddet Müğber Müşkünaz Müşüre Mýr Mýra Mýrún Māra Mārīte Mădălina Mălina Mărioara Măriuca
Nabila Nada Nades Nadeschda Nadeshda Nadezhda Nadežda Nadia Nadin Nadine Nadiya Nadja Nadège Nadía
Naděžda Nafile Nafula Nahla Naiara Naide Naima Naimh Naina Nair Naja Najuma Najwa Naki Nakisha
Nakita Naliaka Nallely Nalân Nan Nana Nanami Nanci Nancie Nancy Nandini Nanette Nanie Nanjala Nanna
Nannette Nannie Nanný Nansý Naoimh Naoko Naom Naoma Naomh Naomi Naomy Naomí Narcisa Narcissus
Narhanim Narimane Narıngül Nashipie Nasiba Nasra Nastja Natacha Natalee Natali Natalia Natalie
Natalija Nataliya Natalja Nataly Natalya Natalía Natasa Natascha Natasha Natasja Natasza Nataša
Natella Nath Nathalia Nathalie Nathaly Nathari Nathasha Natividad Natosha Natália Natálie Natālija
Nautica Nawal Nayara Nayaret Nayareth Nayeli Nayely Nayfa Nayibe Naz Nazende Nazi Nazimet Nazlihan
Nazlı Nazıdil Naómí Ndumiso Nea Nealie Nealy Neasa Nebiha Necilal Necva Nedda Nedjma Nedra Neelima
Neema Nefaret Nefiye Neha Neja Nejdet Nekesa Nela Nelah Nelcy Nelda Nele Nelia Nelie Nelima Nell
Nella Nelle Nelli Nellie Nelly Nellý Nelsy Nelya Nena Nenna Neola Neoma Neppie Neptün Nerea Nereida
Neriban Nermin Nesfe Neslinur Neslisah Nesrine Nessa Neta Nete Netra Netta Nettie Neva Nevada Nevaeh
Neval Neveah Nevenka Nevgin Nevise Nevsale Neyran Nezengül Nezize Neşrin Neža Ngaire Ngozi Nia Niamh
Niara Nichelle Nichol Nichola Nichole Nicki Nicol Nicolasa Nicole Nicoleta Nicoletta Nicolette
Nicoline Nicolle Niculina Nidhi Nidia Nidra Nienke Nieves Nigar Nigesa Nihan Niharika Niina Nika
Niki Nikia Nikki Nikol Nikole Nikolett Nikoletta Nikolina Nikíta Nikólína Nila Nilam Nilcan Nilda
Nili Nilima Nilufar Nimakoah Nimrat Nina Ninel Ninetta Ninioluwa Ninja Ninna Ninnie Ninoska Ninthe
Nira Nirgül Nirja Nisa Nisha Nita Nitara Nives Niðbjörg Niğmet Njozi Njála Njóla Nkazimulo Nkiruka
Nneka Nobantu Nobie Nobuhle Noeleen Noelia Noeline Noelle Noemi Noemie Noemí Nohely Nohora Noirin
Nokulunga Nola Noleen Nolia Nolie Nollaig Noma Nomagugu Nomalanga Nomasonto Nomathalente Nomathemba
Nomcebo Nomthandazo Nomusa Nomvula Nona Nonhlanhla Nonie Nonjabulo Nonna Noora Noortje Nora Norah
Nore Noreen Norene Noreta Noretta Norica Norina Norine Norita Norma Notburga Nothando Nour Nova
Novella Novi Noxolo Nozibusiso Nozima Nozizwe Noémi Noémie Noëlla Noëlle Noëmi Nqobizitha Nuala
Nubia Nula Nura Nuran Nuray Nurbanu Nurda Nurdeniz Nurey Nurgil Nurhayet Nuria Nuriya Nuriyet
Nurlana Nurmelek Nurseda Nurser Nursim Nurtaç Nurten Nurul Nurveren Nury Nurşan Nuša Nya Nyaboke
Nyah Nyanchama Nyasi Nyasia Nydia Nyla Nylah Nynke Nyoka Nyoni Nyota Nyree Nyuki Nádia Náttsól
Nélida Nína Níní Nóa Nóra Nótt Núria Nübar Nüdret Nürice Nýbjörg Oana Obdulia Obianuju Octa Octavia
Octaviana Octavie Océane Odalis Odalys Odarka Odda Oddbjörg Oddfreyja Oddfríður Oddgerður Oddhildur
Oddlaug Oddleif Oddný Oddrún Oddveig Oddvör Odelia Odeline Odessa Odette Odika Odile Odina Oeshi
Ofelia Ofeliya Ogechi Oguş Ojasvi Oksana Okseniya Oktavía Oktyabrina Októvía Olajumoke Olalla Olar
Olasunmbo Olena Olene Oleta Olevia Olha Olimpia Olimpiada Olinda Oline Oliva Olivia Olivie Olivine
Ollý Ololade Oluchi Olufunke Olufunmilayo Oluwakemi Oluş Olwen Olwethu Olympia Olívia Oma Omaira
Omaja Omie Omina Omisha Omobolanle Omodunni Omolabake Omolara Omosalewa Omotara Omotola Omotoun
Omowumi Omya Ona Oneida Oneta Oney Oni Onie Onnie Onyinye Oona Oonagh Opha Ophelia Ophélie Opwonya
Orah Oralia Orelia Orene Oreofe Orfelina Orfhlaith Oriana Orilla Orka Orlagh Orlaigh Orlaith Orlena
Orma Ormheiður Ormhildur Orna Ornella Orpha Orra Orsolya Ortansa Ortrud Ortrun Orvokki Oryna Orysya
Orçin Osa Osha Osiyo Ota Otelia Otilia Otkatla Otta Ottilia Ottilie Otília Otýlie Otīlija Ouida Outi
Oviya Owethu Oxana Oyenike Oyindasola Oysha Ozana Ozella Ozioma Oľga Pabla Paca Pacífica Padma Padmi
Padraigin Pahal Paige Pairlee Paisley Paityn Paksu Pallavi Pallie Palma Palmira Paloma Pam Pamala
Pamela Pamelia Pamella Pandora Panini Pansy Panya Paola Paoletta Paralee Paramita Paraschiva Parlee
Parthenia París Pascale Pascaline Pascuala Paskalia Pastora Patience Patrica Patricia Patricie
Patricija Patrisía Patrizia Patrícia Patsy Patti Pattie Patty Paula Paule Pauletta Paulette Paulica
Paulien Pauliina Paulin Paulina Pauline Paulína Paulīna Pavani Pavla Pavlína Paye Payten Paz Pearla
Pearle Pearlene Pearlie Pearline Pearly Peggie Peggy Pekkan Pelageya Pembesin Penelope Penina
Peninah Penni Pennie Penny Pepita Peren Perinur Peris Perla Perlita Permelia Permun Pernilla
Pernille Perri Perrine Pesent Peta Petra Petrana Petrea Petrina Petrona Petronela Petronella
Petronila Petrína Petrónella Petrós Petrún Petrúnella Phanice Phebe Pheobe Phileine Philippa
Philippine Philis Phillis Philomena Philomene Phoebe Phylicia Phylis Phyliss Phyllis Pia Piedad Pien
Pierette Pierina Pierrette Pietra Piia Pilar Pili Pina Pink Pinkey Pinkie Piper Pippa Piran Piret
Pirjo Pirkko Piroska Pleun Pluma Polina Pollie Polly Pollý Polona Polonca Pompilia Pooja Porsche
Porsha Portia Praskovya Pricilla Primitiva Princess Prisca Priscah Priscila Priscilla Priscillah
Prisha Priska Priya Profira Prudence Prudencia Prudie Pría Puck Puji Puk Puput Purificación Purity
Pushti Puspa Puti Putri Pála Páldís Páley Pálfríður Pálhanna Pálheiður Pálhildur Pálmey Pálmfríður
Pálrún Pálín Pálína Päivi Päivikki Pénélope Pétrína Pétrún Pía Pürçek Qaratel Qiana Qori Queen
Queenie Quiana Quinter Quinty Qumru Qushi Raagini Rabbiye Rabea Rabecca Rabi Racha Rachael Rachana
Racheal Rachel Rachelle Rachida Rachita Rachèle Racquel Rada Radeke Radha Radhika Radka Radmila
Radoslava Radovana Raegan Raelyn Raelynn Raewyn Rafaela Rafaella Raffaela Raffaella Rafia Rafila
Rafney Rafnhildur Ragna Ragnbjörg Ragney Ragnfríður Ragnheiður Ragnhild Ragnhildur Rahab Rahayu
Rahel Rahiye Rahma Rahmi Raija Raili Raina Raisa Raissa Rajata Rajeshri Rakel Rakide Raksha Raluca
Ramona Ramóna Rana Randalín Randi Randíður Randý Rani Rania Ranka Rannva Rannveig Raphaela Raphaëlle
Raquel Rashida Rasma Ratih Ratna Rayana Rayhona Rayla Raymonde Rayna Rayne Rayyona Rayén Reanna
Reatha Reba Rebeca Rebecca Rebecka Rebeka Rebekah Rebekka Rebihat Reet Refet Regena Regenia Regina
Reginbjörg Regine Regitse Regitze Regula Regína Regīna Rehema Rehime Reidun Reina Reingard Reinhild
Reinhilde Rejane Rella Remedios Rena Renada Renae Renata Renate Renea Renee Rengül Reni Renita
Rennie Renske Renáta Renée Resi Ressie Restu Reta Retha Retta Rettie Reva Revza Reyhan Reyn Reyna
Reyndís Reynheiður Reynhildur Rezin Rhea Rheta Rhian Rhianna Rhianne Rhiannon Rhona Rhonda Ria
Rianna Rica Ricarda Richelle Ridhi Rigmor Rihanna Riikka Riina Riitta Rika Rikka Rikke Rikki Rilla
Rillie Rim Rina Rinda Rini Ripley Risa Risper Rita Ritt Ritva Riya Roberta Robertina Robiya Robyn
Rochelle Rocio Rocío Rodah Rodica Roena Roise Roisin Rojnu Roksana Roksolana Rolanda Rolande
Rollande Romaine Romana Romane Romina Romona Romy Rona Ronda Roni Ronja Ronke Ronna Ronya Roos Roosa
Rorí Rosa Rosa-Maria Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie Rosalina Rosalind Rosalinda
Rosalinde Rosaline Rosalva Rosalyn Rosalía Rosamond Rosann Rosanna Rosanne Rosaria Rosarie Rosaura
Rose-Marie Roseann Roseanna Roseanne Rosel Roselinde Roseline Rosella Roselyn Roselyne Rosemarie
Rosemary Rosena Rosenda Rosetta Rosette Rosey Rosi Rosia Rosie Rosina Rosita Rosl Roslyn Rosmarie
Rossana Roswita Roswitha Rosy Rotraud Rotraut Rowena Roxana Roxane Roxann Roxanna Roxanne Roxelana
Roxie Roxy Roza Rozalia Rozalija Rozaliya Rozanne Rozella Roziya Rozália Rubi Rubie Rubiela Rubye
Rudīte Rufina Ruhide Ruhshona Ruhugül Ruie Rukia Rumaysa Rumeysa Runný Ruperta Ruqayya Ruqiya Rut
Ruta Rute Ruth Rutha Ruthann Ruthanne Ruthe Ruthie Ruthild Ruxanda Ruxandra Ruzica Ruža Ružena
Ružica Ryann Ryleigh Rylie Rym Ryma Rán Ráðhildur Régine Réka Ríkey Rín Ríta Róberta Róbjörg Rós
Rósa Rósalind Rósanna Rósbjörg Rósborg Róselía Rósey Rósfríður Róshildur Rósinkara Rósinkransa Róska
Róslaug Róslind Róslinda Róslín Rósmary Rósmarý Rósmunda Rósný Róza Rózsa Róża Röfn Rögn Röskva Röya
Röyal Rúbý Rún Rúna Rúndís Rúnhildur Rúrí Rübeyda Rümeysa Rıfkıye Růžena Saanvi Saar Saara Sabihe
Sabina Sabine Sable Sabra Sabrina Sabrína Sabína Sabır Sachi Sada Sadao Sade Sadeti Sadia Sadie
Sadina Sadiye Sadye Safia Safina Safinaz Safiri Safiya Safta Safura Saga Sahil Sahra Saida Saige
Saire Sakina Sakura Salbjörg Saldís Salena Salgerður Salima Salimah Salimet Salina Salka Sallie
Sally Salma Salný Salome Salomea Salomey Salomé Salsabila Salud Salvör Salwa Salín Salína Salóme
Samahat Samanta Samantha Samara Samatha Samiah Samina Samira Samiya Samiyah Sanaa Sanai Sanavber
Sanaya Sanda Sandie Sandra Sandrine Sanela Sanije Sanita Saniya Saniyah Sanja Sanjuana Sanjuanita
Sanna Sanne Sanni Sannie Santina Santía Sanur Sanya Saoirse Sapa Saphira Sara Sarabi Sarafina Sarah
Sarah-Jane Sarah-Louise Sarahi Sarai Sari Sariah Sarina Sarita Sarmīte Sarrah Sarvinoz Sarya Sarína
Saskia Satomi Satu Saturnina Satıa Saumu Saumya Saundra Sauti Savana Savanah Savanna Saveta Savilla
Savina Sayalı Saygın Sayuri Saçı Scarlet Scarleth Scarlett Scarlette Seana Seanan Seaneen Seanna
Sebigül Seblâ Sebrina Sedife Sefanía Sefer Segilola Sehel Seija Sejda Selah Selcan Selcen Selena
Selene Selime Selin Selina Seline Selja Selka Selma Selmin Selçuk Semat Semenica Semine Semra Semrin
Sena Seniha Senora Senta Senía Seona Septi Septíma Sera Serafina Serah Seraina Sereina Serena
Serfinaz Serina Serine Serma Sernur Serpil Servinaz Seselía Sesilía Sessa Sesselja Sesselía Sessilía
Sevara Sevcan Sevdinar Severina Severine Sevgen Sevginur Sevican Sevil Sevim Sevinc Sevinch Sevla
Sevsevil Seyhan Seyyide Sezen Seçgül Shae Shahina Shahnoza Shaina Shakila Shakira Shalon Shalonda
Shameka Shamika Shana Shanae Shanda Shandra Shaneka Shanell Shanelle Shanequa Shani Shania Shanice
Shaniece Shanika Shaniqua Shanita Shaniya Shanna Shannan Shannen Shanta Shante Shantel Shantell
Shaquana Shaquita Shara Shardae Sharday Sharde Sharee Sharen Shari Sharita Sharla Sharleen Sharlene
Sharman Sharonda Sharron Sharyl Sharyn Shasta Shatara Shauna Shauneen Shaunna Shavon Shavonne
Shawana Shawanda Shawna Shawnda Shawnee Shawnna Shawnte Shayla Shaylee Shayna Sheela Sheelagh Sheena
Sheila Sheilah Sheilla Sheillah Shelba Shelbi Shelbie Shelia Shelli Shelva Shelvia Shelvie Shena
Shenna Sheree Sheri Sherie Sherilyn Sherita Sherlyn Sheron Sherree Sherri Sherrie Sherron Sherry
Sherryl Sheryl Sheryll Sheyla Shianne Shiela Shiloh Shinead Shira Shirl Shirlee Shirleen Shirlene
Shirleyann Shirlie Shivani Shona Shonda Shonna Shpresa Shqipe Shravya Shreya Shukrona Shyann Shyanne
Shyla Sian Sibbie Sibel Sibilla Sibille Sibongile Sibusisiwe Sibyl Sibylla Sibylle Sidar Siddie
Sidonia Sidónia Sieglinde Siegrid Siegried Siegrun Sien Siena Sienna Sierra Sif Sigdís Sigdóra
Sigfríð Sigfríður Sigga Siggerður Siglinde Sigmunda Signa Signe Signhildur Signý Sigrid Sigrun
Sigríður Sigrún Sigurbirna Sigurbjörg Sigurbjört Sigurborg Sigurbára Sigurdríf Sigurdrífa Sigurdís
Sigurdóra Sigurey Sigurfinna Sigurfljóð Sigurgeira Sigurhanna Sigurhelga Sigurhildur Sigurjóna
Sigurlaug Sigurleif Sigurlilja Sigurlinn Sigurlín Sigurlína Sigurmunda Sigurnanna Sigurrós
Sigursteina Sigurunn Sigurveig Sigurvina Sigurást Sigurásta Sigurða Sigurósk Sigurþóra Sigyn
Sigþrúður Sigþóra Sihawukele Siiri Silanur Sile Silfa Silfrún Silfá Silja Silje Silka Silke Silla
Sille Silondile Silva Silvana Silvia Silviana Silvie Silvija Silvía Sima Simber Similoluwa Simina
Simisola Simona Simonetta Simonne Simphiwe Simten Sina Sinaida Sinda Sindy Sine Sinead Sini Sinikka
Sinklitikiya Sintija Siobain Sioban Siobhain Siobhan Siofra Siphesihle Sirap Siri Sirje Sirkka Sirpa
Sirra Sirrý Siska Sisko Sissel Sister Sithembiso Siti Siv Siya Sjöfn Skaidrīte Skarpheiður
Skolastika Skugga Skuld Skye Skyla Skúla Skúlína Sladjana Slavica Slavka Slavomíra Slavěna Sloane
Sláva Slávka Smaranda Sneha Snezana Snizhana Snježana Snjáfríður Snjáka Snjófríður Snjólaug Snorra
Snæbjörg Snæbjört Snæborg Snæbrá Snædís Snæfríður Snælaug Snærós Snærún Snót Socorro Soffía Sofi
Sofia Sofie Sofija Sofiya Sofía Solange Sole Soledad Soliha Soline Solma Solmaz Solomiya Solveig
Solvej Solvita Solène Somadina Somer Sommer Sona Sondra Songül Sonia Sonja Sonji Sonnur Sonný Sonya
Sophia Sophie Sophie-Louise Sophie-Marie Sophronia Sophy Soraia Sorana Soraya Sorcha Sorina Souad
Soumia Sowande Soykan Soňa Staci Stacia Stacie Stana Stanca Stanislava Stanka Starla Starr Stasia
Stefana Stefani Stefania Stefanie Stefanía Steffi Stefánný Steina Steinbjörg Steinborg Steindís
Steindóra Steiney Steinfríður Steingerður Steinhildur Steinlaug Steinrós Steinrún Steinunn Steinvör
Steinþóra Stela Steliana Stella Stellah Stephaine Stephani Stephania Stephany Stephenie Sterre Stien
Stilla Stina Stine Stjarna Stormy Styrgerður Stéphanie Stígheiður Stígrún Stína Subomi Subutiye Suci
Sudie Sudiksha Sue Suellen Suhani Sula Sultane Sumarlína Sumarrós Sumayya Sunay Sungara Sunna
Sunnefa Sunneva Sunniva Sunníva Sunshine Susam Susan Susana Susanita Susann Susanna Susannah Susanne
Suse Susi Sussanne Sussie Suus Suvi Suzan Suzana Suzann Suzanna Suzanne Suze Suzette Suzie Suzy
Suğra Svafa Svala Svalrún Svana Svanbjörg Svanbjört Svanborg Svandís Svaney Svanfríður Svanheiður
Svanhildur Svanhvít Svanlaug Svanrós Svanþrúður Svava Svea Sveina Sveinbjörg Sveinborg Sveindís
Sveiney Sveinfríður Sveingerður Sveinhildur Sveinlaug Sveinrós Sveinrún Sveinsína Sveinveig Svenja
Svetlana Svitlana Svyatoslava Světlana Swala Swantje Swetlana Syahrini Sybil Sybilla Sybille Syble
Sydell Sydnee Sydni Sydnie Sylgja Sylivia Sylke Sylva Sylvaine Sylvana Sylvania Sylvia Sylviane
Sylvianne Sylvie Sylvía Sylwia Symone Synnøve Syreeta Sys Szilvia Sára Sânziana Sæbjörg Sæbjört
Sæborg Sædís Sæfinna Sæfríður Sæhildur Sælaug Sæmunda Sæný Særós Særún Sæsól Sæunn Sævör Séverine
Sía Sílvia Símonía Sísí Síta Sól Sóla Sólbjörg Sólbjört Sólborg Sólbrá Sólbrún Sóldís Sóldögg Sóley
Sólfríður Sólgerður Sólhildur Sólkatla Sóllilja Sólný Sólrós Sólrún Sólveig Sólvör Sólín Sónata
Sónia Sölva Sölvey Sölvína Söyler Sørine Søs Súla Súsan Súsanna Süheyda Süleyla Sümerya Süner Süsen
Süzer Sırriye Ta-tanisha Tabatha Tabea Tabetha Tabita Tabitha Tadeja Tagangül Taina Taisiya Taja
Takisha Tala Talia Talibe Taliyah Talía Tamala Tamanna Tamar Tamara Tamatha Tamaşa Tambika Tambra
Tameka Tamekia Tamela Tamera Tami Tamia Tamica Tamie Tamika Tamiko Tamilla Tamisha Tammi Tammie
Tammy Tamra Tamu Tamya Tan Tana Tanesha Tangela Tangül Tania Tanika Tanisha Taniya Taniyah Tanja
Tanmayi Tanses Tantri Tanvi Tanya Tanyu Tanía Tara Tarah Taraji Tari Tarja Tarsha Taru Taryn Tasha
Tashina Tasia Tasvir Tatia Tatiana Tatianna Tatjana Tatum Tatyana Tatyanna Tawana Tawanda Tawanna
Tawny Tawnya Taya Tayla Tayyibe Taçnur Tea Tecla Teea Teela Teena Teija Teitný Teja Tekla Teknaz
Tella Tellervo Telma Telse Temime Tempie Tena Tenika Tenisha Tennessee Tennie Tennille Teodora
Teodosia Teona Tera Tercan Tere Teresa Terese Teresia Teresiah Teresita Teressa Teresía Tereza
Terezija Terhi Teri Terina Terra Terri Terrie Terttu Teréz Terézia Tess Tessa Tessie Tetyana Teuta
Texanna Texas Texie Teybet Teófila Thabisa Thabisile Thalia Thandazile Thandeka Thandiwe Thea Theda
Thekla Thelma Thembeka Thembekile Thembile Thembisile Theodocia Theodora Theodosia Theodóra Theola
Theres Theresa Therese Theresia Therése Theta Theódóra Thi Thiare Thinhinane Thomasina Thora Thresa
Thursa Thuthukile Thyra Théa Thérèse Tia Tiana Tianna Tiara Tiarna Tiarra Tiberia Ticen Tiegan Tiera
Tierra Tiesha Tiffani Tiffanie Tiffany Tiia Tiina Tiiu Tilda Tilde Tilla Tillie Tilly Timea Tina
Tinca Tindra Tineke Tiney Tinie Tinna Tinne Tinnie Tiny Tira Tirsa Tirza Tisha Tishie Titi Titilayo
Titin Tiziana Tjaša Tobi Toccara Todda Tola Tolulope Toluwanimi Tomasa Tomeka Tomika Tomris Tomurcuk
Tonda Tone Tonia Tonicha Tonja Tonje Tonya Tora Torbjörg Torfey Torfheiður Torfhildur Tori Torie
Torill Torrie Tosha Toshiko Tova Tove Tovuz Towanda Toya Tracee Traci Tracie Traude Traudel Traudl
Traute Treacy Treasa Treena Trena Tresa Tressa Tressie Treva Tricia Triin Trilby Trina Trine Trini
Triona Tripti Trish Trisha Trista Tristana Triveni Triya Trude Trudel Trudi Trudie Trudy Trula
Tryggva Tryggvína Trú Trīne Tuana Tudora Tudosia Tuere Tui Tuija Tula Tule Tulia Turcein Turid Turvi
Tutkucan Tutu Tuula Tuuli Tuulia Tuulikki Tuva Tuğçe Twila Twyla Tyesha Tyla Tyra Tânia Tía Tíbrá
Tímea Tína Tóbý Tóka Tóta Tülay Tülin Tünde Türcan Türkan Türknur Tüzenur Týra Uberlinda Ubika
Ucchal Uchita Udeera Udyati Ugla Ujamaa Ujunwa Ula Ulduz Ulla Ulla-Britt Ulrica Ulrika Ulrike Ulva
Ulya Ulyana Uma Umande Umi Ummahani Umoja Umuşan Una Undine Undína Unjani Unna Unnati Unnbjörg
Unndís Unni Unnur Upadhriti Upasna Upma Ura Urishilla Urmi Ursel Ursina Ursula Urszula Urte Urvashi
Urvi Urður Urša Urška Uršuľa Uschi Usyi Uta Ute Uyanser Vacibe Vada Vagna Vagnbjörg Vagnfríður
Vaishnavi Vajèn Vaka Vala Valarie Valary Valbjörg Valbjörk Valbjört Valborg Valda Valdheiður Valdís
Valencia Valentina Valentyna Valentína Valentīna Valeria Valerie Valerija Valeriya Valería Valeska
Valey Valfríður Valgerða Valgerður Valhildur Valija Valinda Valka Vallary Vallie Vallý Valný Valorie
Valrós Valrún Valva Valèria Valéria Valérie Valý Valþrúður Vamakshi Vanda Vanesa Vanessa Vania Vanja
Vannie Vansha Vanya Vara Varenya Varlık Varsha Varvara Vasana Vasatika Vashti Vasilica Vasilisa
Vassie Vasudha Vasylyna Vecide Veda Vedhika Vedika Veera Veerle Vefia Veig Veiga Vela Velda Velia
Vella Velma Velta Velva Velvet Vena Vendela Vendula Venera Veneranda Venessa Venice Venie Venita
Venla Vennie Venus Veola Verda Verde Verdell Verdie Verena Vergie Verla Verlene Verlie Vernelle
Vernetta Vernia Vernice Vernita Verona Veronica Veronicah Veronika Veronique Versa Versie Vertie
Verónica Verónika Veróníka Vesna Vessie Vesta Veta Vetrarrós Veva Vezrife Vibeka Vicenta Vicie
Vickey Vicki Vickie Vicky Victoire Victorine Victoría Victória Vicy Vida Vidhi Viera Vieroslava
Vigdís Vigný Viivi Vija Vikki Viktoria Viktorie Viktorija Viktoriya Viktoría Viktória Vilborg
Vildane Vilde Vildís Vilfríður Vilgerður Vilhelmiina Vilhelmina Vilhelmína Villa Villimey Vilma
Vilný Vina Vinaya Vinbjörg Vincenza Vinciane Vineta Viney Vinie Vinnie Vinný Vinsý Viola Violeta
Violetta Violette Viorela Viorica Vira Virdie Virgia Virginia Virginie Virginía Viridiana Virpi
Virág Visitación Vita Vittoria Vitória Viva Viveka Vivi Viviana Viviane Vivianne Vivienne Viðja
Vjollca Vladimíra Vlora Vlădelina Volodymyra Vonda Vonetta Voney Vonnie Vordís Vreneli Vrinda
Vrishti Vritti Vuokko Vyanjana Vár Vân Vébjörg Védís Végerður Vélaug Véný Véronique Víbekka Víf
Vígdögg Víggunnur Vísa Víóla Víóletta Věra Waceera Wafae Waida Waimarie Wakeeta Walburga Waldtraut
Walentina Walli Waltraud Waltraut Waltrud Wanda Waneta Wani Wanita Warda Warhi Waridi Waseme Watika
Wava Weddy Weena Wenche Wencke Wende Wendi Wendolin Wendy Wenke Wera Whitley Wibke Widisha Widya
Wiebke Wikitoria Wilda Wilfriede Wilhelmina Wilhelmine Willa Willene Willia Williemae Willodean
Wilma Wiltrud Winda Windy Winni Winnifred Winny Winona Wirda Wishi Wulan Wuraola Wynona Xalak Xanım
Xena Xenia Ximena Xiomara Xiti Xumar Xuân Xénia Yaa Yachana Yadavi Yadira Yahaira Yahvi Yahşi Yaiza
Yajaira Yamile Yamilet Yamilex Yamini Yana Yanara Yance Yanet Yaneth Yani Yanina Yanira Yara Yareli
Yaretzi Yaritza Yaroslava Yaryna Yasemen Yasemin Yashasvi Yashawini Yashica Yashoda Yashodhara
Yashvi Yasina Yasinta Yasmeen Yasmin Yasmina Yasmine Yasmín Yasna Yasti Yauvani Yazgül Yazmin Yazmín
Yda Yeimy Yejide Yekbun Yelysaveta Yeni Yenifer Yenny Yeny Yepelek Yesenia Yesica Yessenia Yessi
Yessica Yetta Yetunde Yeva Yewande Yeşil Yfke Yina Yineth Yinthe Ylenia Ylfa Ylfur Ylja Ylva Ylvi
Ylvie Ynja Yocelyn Yochana Yoko Yolanda Yolande Yolima Yolonda Yoselin Yoshiko Yoshita Yosma Yousra
Yrja Yrsa Ysaline Yudy Yui Yuli Yulia Yuliana Yulieth Yulisa Yulissa Yuliya Yumiko Yuni Yunita
Yurani Yurany Yurdaser Yuridia Yurtseven Yustyna Yutika Yvette Yvonne Yésica Yéssica Yücel Yıldız
Zada Zadie Zaenab Zaharia Zahfer Zahnya Zahra Zahro Zaida Zainab Zainabu Zaira Zaitra Zaituni
Zakhele Zakiyaxon Zaliha Zalindra Zamfira Zamira Zana Zandra Zaniyah Zansi Zara Zaraza Zaria Zariah
Zarina Zarna Zaynab Zdenka Zdeňka Zdislava Zebirce Zehnia Zehra Zehranur Zejna Zela Zelaya Zelda
Zelha Zelia Zella Zelma Zelpha Zemfira Zemzem Zena Zenia Zenobia Zenovia Zenta Zenzile Zerafet
Zeride Zeta Zetta Zettie Zevlüde Zeynep Zeyno Zhane Zhanna Ziba Zibuyile Zigrīda Zilfa Zillah Zilmil
Zilpah Zilpha Zina Zinaida Zinal Zineb Zinhle Zinnura Zinnure Zipporah Zita Zizi Zlatica Zlatoslava
Zoa Zoe Zoey Zofia Zofija Zoie Zoila Zoja Zola Zona Zora Zoraida Zorica Zorka Zoya Zoé Zoë Zsanett
Zsuzsanna Zsófia Zubeyde Zula Zulaikha Zulema Zulfa Zulma Zumaridi Zunilda Zuwena Zuzana Zvonka
Zélie Zöhrehan Züheyla Zülbiye Züleyxa Zülfüye Zümre Zümrüd
""".split())
