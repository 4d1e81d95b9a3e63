"""Given names in Latin script (written by ``tools/build_given_names.py`` from Faker's
person providers, MIT licence; do not edit by hand).

Why: a capitalized name the catalog lacks is typed as a person when its first word is a
given name ("Jonas Lindqvist"), where no title, speech verb or apposition says so.
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
