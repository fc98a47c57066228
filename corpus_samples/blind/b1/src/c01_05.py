from lib import *

# ---------------- b1-001 ----------------
c = {"chart_id": "b1-001", "date_of_service": "2026-03-17",
     "payer": {"profile": "medicare", "name": "Medicare Part B"},
     "claim_lines": [{"hcpcs": "J0256", "units": 470, "modifiers": []},
                     {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-03-17", "text": T("""
    PULMONARY CLINIC - FOLLOW-UP
    Pt: OKONKWO-HALE, RUFUS     MRN 00488213     DOB 04/09/1958
    DOS 03/17/2026      Attending: L. Fairbanks, MD

    CC: 6-month f/u, same day as weekly augmentation.

    HPI: 67 yo M w/ alpha-1 antitrypsin deficiency (PI*ZZ, dx 2019 during w/u of early
    emphysema), on weekly Zemaira since 08/2019. Interval: no ED visits, no admissions.
    One viral URI in Jan, managed at home, no prednisone or abx. Walking ~2 mi most days.
    mMRC 1, unchanged. No infusion reactions.

    Tobacco: former smoker, ~30 pk-yr, quit 2012. Denies vaping/cannabis.

    PFT 03/10/2026: FEV1 1.52 L (44% pred), FVC 3.71 L, FEV1/FVC 0.41, DLCO 48% pred.
      prior 03/2025: FEV1 1.55 L (45% pred)
    CT chest 06/2024: panlobular emphysema, basilar predominant; no nodules.

    Vitals (clinic): BP 132/78  HR 74  SpO2 95% RA  Wt 78.4 kg

    A/P
    1. Alpha-1 antitrypsin deficiency (E88.01), on augmentation. Response: lung function
       stable (FEV1 44% vs 45% a year ago), no exacerbations in the last 12 months.
    2. Emphysema, panlobular (J43.1).
    - Continue Zemaira 60 mg/kg IV q week; infusion in center today, see MAR.
    - Repeat full PFTs 09/2026. Flu/COVID vaccines up to date.
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-03-17", "text": T("""
    MEDICATION ADMINISTRATION RECORD -- EXPORT        printed 03/17/2026 11:02
    OKONKWO-HALE, RUFUS   MRN 00488213   FIN 7718230044   Loc: INFUSION CTR 2W  Chair 6
    Dosing Wt: 78.4 kg (measured 03/17/2026 09:22)   Ht: 178 cm   Allergies: NKDA

    ORDER: alpha1-proteinase inhibitor (human) [ZEMAIRA] 60 mg/kg IV once weekly
           calc 60 mg/kg x 78.4 kg = 4,704 mg
           Pharmacy dose: 4,700 mg  (1 x 4,000 mg vial + 1 x 1,000 mg vial)
           Verified: NGUYEN, THAO PharmD   03/17/2026 08:52

    Date       | Time  | Event         | Dose     | Route | Rate       | Site       | Init
    -----------+-------+---------------+----------+-------+------------+------------+-----
    03/17/2026 | 09:41 | Barcode scan  |          |       |            |            | KM
    03/17/2026 | 09:58 | New bag hung  | 4,700 mg | IV    | 2.9 mL/min | R forearm  | KM
    03/17/2026 | 10:31 | Completed     |          | IV    |            | R forearm  | KM

    Waste: 300 mg (6 mL of the reconstituted 1,000 mg vial) discarded, witness J. Sato RN.

    PRN / other meds this encounter
    03/17/2026 | 09:40 | Given         | acetaminophen 650 mg | PO |  |  | KM
    """)},
  {"id": "d3", "type": "other", "date": "2026-03-17", "text": T("""
    Oracle Health  |  PowerForm: Infusion Therapy Documentation - Specialty Biologic
    Performed on: 03/17/2026 10:44 CDT    by MARSH, KAYLA RN
    ------------------------------------------------------------------
    Medication .................................. Zemaira (alpha1-PI, human)
    NDC (vial 1) ................................ 0053-7202-01
    Lot Number (vial 1, 4,000 mg) ............... A2K1145
    Expiration Date (vial 1) .................... 09/30/2027
    NDC (vial 2) ................................ 0053-7201-01
    Lot Number (vial 2, 1,000 mg) ............... P100387601
    Expiration Date (vial 2) .................... 04/2027
    Reconstitution Time ......................... 09:30
    Infusion Start Date/Time: 03/17/2026 09:58 CDT
    Infusion End Date/Time:   03/17/2026 10:31 CDT
    Waste
      [ ] No waste
      [x] Partial vial wasted     Amount: 300 mg
    IV Access ................................... PIV 22 g R forearm, placed 09:35, d/c 10:40
    Reaction .................................... None
    Patient discharged .......................... 10:52 CDT, ambulatory, with spouse
    """)},
  {"id": "d4", "type": "lab_report", "date": "2019-05-02", "text": T("""
    MIDLAND REGIONAL LABORATORY          Collected: 05/02/2019 08:15   Reported: 05/09/2019
    Patient: OKONKWO-HALE, RUFUS   MRN 00488213

    TEST                                  RESULT    FLAG   UNITS     REF RANGE
    Alpha-1-Antitrypsin, S (nephelometry)  31       L      mg/dL     100-190
    C-Reactive Protein                     2.1             mg/L      <8.0
    Alpha-1-Antitrypsin Phenotype (IEF)    ZZ                        MM

    Comment: ZZ phenotype is consistent with severe alpha-1 antitrypsin deficiency.
    """)}]}
emit(c, {"prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
    {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 44}, {"kind": "fev1", "value": 45},
    {"kind": "smoking_status", "value": "former"},
    W(78.4, "kg"), {"kind": "dose", "value": 4700}, {"kind": "wastage", "value": 300},
    {"kind": "lot_number", "value": "A2K1145"}, {"kind": "lot_number", "value": "P100387601"},
    {"kind": "expiration_date", "value": "2027-09-30"}, {"kind": "expiration_date", "value": "2027-04"},
    {"kind": "infusion_start", "value": "09:58"}, {"kind": "infusion_end", "value": "10:31"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Zemaira"}],
  "Complete. Wt 78.4 kg -> 60x78.4=4704 mg; dose 4700 mg, |diff| 4 <= 470.4 OK. J0256 units ceil(4700/10)=470 = billed 470. "
  "Waste 300 mg -> JW floor(300/10)=30 = billed 30 (medicare JW, waste>0) met. Two vials, two lots/exps, both after DOS "
  "(2027-04 = 2027-04-30). Traps: order calc 4,704 mg, vial sizes 4,000/1,000, barcode scan 09:41, pharmacist verify 08:52, "
  "reconstitution 09:30, PIV placed 09:35 / d/c 10:40, discharge 10:52, acetaminophen 650 mg, reference MM, ref range 100-190. "
  "FEV1 45% is the patient's earlier value (historical, affirmed) so listed as a finding.",
  {"style": "eMAR export table (Date / Time / Event / Dose / Route / Rate / Site / Init) + Cerner PowerForm dotted leaders, [x] checkbox, CDT times", "traps": "scan/verify/reconstitution/PIV/discharge times, order calc, two vials two lots, other drug dose, ref MM"})

# ---------------- b1-002 ----------------
c = {"chart_id": "b1-002", "date_of_service": "2026-05-06",
     "payer": {"profile": "medicaid", "name": "State Medicaid - Lakeshore Health Plan"},
     "prior_authorization": "MCD-PA-5531907",
     "claim_lines": [{"hcpcs": "J0256", "units": 380, "modifiers": []},
                     {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]}],
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2026-05-06", "text": T("""
    Infusion Clinic - Provider Visit Note                      05/06/2026
    Patient: Bernadette Ruiz-Tolliver    MRN 2208-4471    Age 54 F
    Seen by: Priya Mandal, NP (pulm)

    S: Here for weekly alpha-1 augmentation. Says this winter was "the best in years" --
    1 flare (Feb, outpt prednisone burst) vs 3 flares last winter incl. 1 admission. Cough
    at baseline. Uses Trelegy daily, albuterol ~2x/wk.
    Smoking: CURRENT some-day smoker, 3-4 cig/day (down from 1 ppd). Counseled 5 min; pt
    agreeable to nicotine patch 14 mg, Rx sent. Quit date set 06/01.

    O: Wt 63.5 kg. SpO2 94% RA. Scattered exp wheeze, prolonged expiratory phase.
    Last PFT 01/2026: FEV1 41% predicted, post-BD ratio 0.38.

    A:
    - Alpha-1 antitrypsin deficiency, Pi*Z(null) (dx 2021), on Prolastin-C Liquid weekly.
      Clinical response favorable: fewer exacerbations since starting augmentation.
    - COPD with emphysema (J44.9; CT 2021 diffuse panlobular emphysema).
    - Tobacco use, active.

    P: Proceed with today's infusion per standing order. Smoking cessation as above;
    reminded that continued smoking may jeopardize coverage. RTC 3 mo.
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-05-06", "text": T("""
    NURSING FLOWSHEET - ALPHA-1 AUGMENTATION          Patient: RUIZ-TOLLIVER, B   MRN 2208-4471
    View: last 4 encounters

    Date        Wt (kg)  Dose (mg)  Product            Lot        Exp      Vials used             Waste (mg)  RN
    04/15/2026  64.9     3,900      Prolastin-C Liq    26C0418    02/2027  4000 mg x1             100         DW
    04/22/2026  64.2     3,850      Prolastin-C Liq    26C0418    02/2027  4000 mg x1             150         DW
    04/29/2026  --       3,850      Prolastin-C Liq    26C0511    03/2027  4000 mg x1             150         AB
    05/06/2026  63.5     3,800      Prolastin-C Liq    26D0102    04/2027  1000 mg x3, 500 mg x2  200         DW

    05/06/2026  Vitals / events
    Time   BP       HR   RR   SpO2   Temp    Comment
    0845                                     Arrived, registration complete
    0902   128/76   84   18   94%    36.7    PIV 22 g L hand, blood return +
    0931   122/74   80   18   95%    36.6    infusing via pump, no reaction
    0955   124/70   78   16   95%            infused over approx 25 min; flushed NS 20 mL
    1010                                     PIV removed, discharged ambulatory

    Waste 05/06: 200 mg (4 mL @ 50 mg/mL) discarded, witness AB RN.
    """)},
  {"id": "d3", "type": "lab_report", "date": "2021-09-20", "text": T("""
    GENOMIC & PROTEIN DIAGNOSTICS                         Final report 09/20/2021
    Patient: RUIZ-TOLLIVER, BERNADETTE   DOB 02/11/1972

    Alpha-1 antitrypsin, serum .......... 0.31 g/L   (L)   [0.90 - 2.00]
    SERPINA1 targeted genotyping ........ Z allele (c.1096G>A) detected, apparent homozygous
    SERPINA1 sequencing (reflex) ........ c.552delC (p.Tyr184fs; Q0 Granite Falls) detected
    INTERPRETATION: Genotype PI*Z/Null. The apparent Z homozygosity on targeted genotyping is
    explained by the null allele in trans. Result consistent with severe deficiency.
    Family screening recommended for first-degree relatives.
    """)}]}
emit(c, {"infusion_times": "missing", "smoking_status": "conflict"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "NULL"]},
    {"kind": "serum_aat", "value": 0.31, "unit": "g/L"},
    {"kind": "lung_disease", "value": "copd"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 41}, {"kind": "smoking_status", "value": "current"},
    W(64.9, "kg"), W(64.2, "kg"), W(63.5, "kg"),
    {"kind": "dose", "value": 3800}, {"kind": "wastage", "value": 200},
    {"kind": "lot_number", "value": "26D0102"}, {"kind": "expiration_date", "value": "2027-04"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Prolastin-C Liquid"}],
  "Gaps: infusion_times missing (only arrival 0845, PIV 0902, vitals 0931/0955, 'infused over approx 25 min' duration, discharge 1010); "
  "smoking_status conflict (current some-day smoker). DOS row only: wt 63.5 kg -> 3810 mg; dose 3800, diff 10 <= 381 OK. "
  "J0256 ceil(3800/10)=380 billed 380. Waste 200 mg -> JW floor(20)=20 billed 20 met (medicaid JW). Lot 26D0102 exp 2027-04 (>=DOS). "
  "Earlier flowsheet rows (doses 3,900/3,850, lots 26C0418/26C0511, waste 100/150) do not count and are not findings; their weights "
  "64.9/64.2 are listed as historical patient weights per brief (requirement uses 63.5, the DOS row). PA from chart field (no PA "
  "number written in notes, so no prior_authorization finding). Genotype Z/null from targeted 'apparent homozygous' resolved by sequencing.",
  {"style": "multi-visit nurse flowsheet with unit-in-header columns (Wt (kg), Dose (mg), Waste (mg)), four-digit vitals times", "traps": "earlier rows, arrival/PIV/vitals/discharge times, duration only, apparent homozygous Z vs Z/null"})

# ---------------- b1-003 ----------------
c = {"chart_id": "b1-003", "date_of_service": "2026-07-14",
     "payer": {"profile": "commercial", "name": "BlueRiver PPO"},
     "prior_authorization": "4410-88172-A",
     "claim_lines": [{"hcpcs": "J0257", "units": 540, "modifiers": []},
                     {"hcpcs": "S9346", "units": 1, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-07-10", "text": T("""
    ALDER CREEK SPECIALTY PHARMACY -- DISPENSING / DELIVERY RECORD
    Rx# 7730195    Fill 07/10/2026    Shipped 07/11/2026 (cold pack)    Delivered 07/13/2026 2:05 pm
    Received by: spouse (signature on file)
    Patient: VARGA, DANIEL   DOB 11/02/1971   Ph (555) 014-2291
    Payer: BlueRiver PPO   Auth #: 4410-88172-A  (valid 02/01/2026 - 01/31/2027)
    Drug: GLASSIA (alpha1-proteinase inhibitor [human]) 1 g/50 mL single-dose vial
    Sig: Infuse 60 mg/kg (5,400 mg) IV once weekly via ambulatory pump, max 0.2 mL/kg/min,
         5 micron in-line filter.
    Qty dispensed: 6 vials (1 weekly dose)

    Vial  NDC            Lot        Exp          Labeled
    1     0944-2884-01   LNH4K118   2027-03-31   1 g / 50 mL
    2     0944-2884-01   LNH4K118   2027-03-31   1 g / 50 mL
    3     0944-2884-01   LNH4K118   2027-03-31   1 g / 50 mL
    4     0944-2884-01   LNH4K118   2027-03-31   1 g / 50 mL
    5     0944-2884-01   LNH4K207   2027-05-31   1 g / 50 mL
    6     0944-2884-01   LNH4K207   2027-05-31   1 g / 50 mL

    Supplies: CADD pump cassette x1, 0.2/5 micron filter set x2, 24 g PIV x3, NS flush 10 mL x6,
    sharps 1 qt, chemo-waste bag x1.   RPh check: M. Ostrowski RPh 07/10/2026 15:40
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-07-14", "text": T("""
    HOME INFUSION NURSING VISIT NOTE -- Northfield Home Infusion
    Visit date: 07/14/2026    Time in: 1:15 pm    Time out: 3:05 pm    Visit type: SN weekly infusion
    Pt: Daniel Varga   Dx: E88.01, J43.9

    Assessment: A&O x4, lungs diminished bases, no wheeze. SpO2 93% RA. Afebrile.
    Weight (home scale, no shoes): 198 lb
    Meds/supplies checked against delivery slip -- 6 vials Glassia present, refrigerated,
    brought to room temp 30 min before use.

    Access: PIV 24 g R forearm placed 1:31 pm, 1st attempt, flushes easily.
    GLASSIA infusion started 1:42 pm via CADD pump, 5 micron filter, rate 7 mL/min.
    VS 2:00 pm 126/80, 76, 18, 94%.  No flushing, no urticaria, no SOB.
    Infusion completed 2:20 pm. Total infused 270 mL = 5,400 mg.
    Vials 1-5 used in full; vial 6 (lot LNH4K207): 20 mL drawn, 30 mL remaining
    discarded into pharm-waste bag = 600 mg wasted.
    VS 2:35 pm 122/78, 72. PIV removed, catheter intact.

    Teaching: reviewed s/sx of allergic rx, when to call 911.
    Next visit 07/21/2026, 5,400 mg planned.   -- J. Whitcombe, RN
    """)},
  {"id": "d3", "type": "progress_note", "date": "2026-06-30", "text": T("""
    Telehealth pulmonary follow-up (video)   06/30/2026   Dr. A. Castellanos
    Daniel Varga, 54 yo M. AATD, PI*ZZ on DNA genotyping (2022); pre-treatment serum AAT
    8.9 umol/L. Emphysema, lower-lobe predominant on CT 2022.
    Never smoker; occupational dust exposure (grain elevator, 1990s).
    Home Glassia since 03/2023 via Northfield / Alder Creek.
    PFT 06/2026: FEV1 52% predicted (06/2025: 51%); FEV1/FVC 0.46.
    Response: doing well on augmentation -- FEV1 stable year over year, no exacerbations
    since 2024, back to full-time work.
    Plan: continue Glassia 60 mg/kg weekly at home. Annual PFT. Auth renewal due 01/2027.
    """)}]}
emit(c, {}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 8.9, "unit": "uM"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "smoking_status", "value": "never"}, {"kind": "fev1", "value": 52}, {"kind": "fev1", "value": 51},
    W(198, "lb"), {"kind": "dose", "value": 5400}, {"kind": "wastage", "value": 600},
    {"kind": "lot_number", "value": "LNH4K118"}, {"kind": "lot_number", "value": "LNH4K207"},
    {"kind": "expiration_date", "value": "2027-03-31"}, {"kind": "expiration_date", "value": "2027-05-31"},
    {"kind": "infusion_start", "value": "13:42"}, {"kind": "infusion_end", "value": "14:20"},
    {"kind": "response_to_therapy"}, {"kind": "prior_authorization", "value": "4410-88172-A"},
    {"kind": "drug_product", "value": "Glassia"}],
  "Complete (commercial). Wt 198 lb = 89.8 kg (89.81) -> 60x = 5388.7 mg; dose 5400, diff 11.3 <= 538.9 OK. J0257 ceil(5400/10)=540 billed 540; "
  "S9346 per diem is not a drug line. Commercial: no JW line, wastage statement exists (600 mg = 30 mL x 20 mg/mL), no JZ -> met. "
  "Lots LNH4K118 (vials 1-4) and LNH4K207 (5-6) both used; exps after DOS. FEV1 52% within 25-80. Never smoker. PA in chart and pharmacy record. "
  "Traps: home visit Time in 1:15 pm / Time out 3:05 pm, delivery 2:05 pm, PIV 1:31 pm, vitals 2:00/2:35 pm, sig 5,400 mg (order) vs administered, "
  "6 vials dispensed = 6 g, next visit planned dose, response in a progress note dated before DOS (still a progress note).",
  {"style": "specialty-pharmacy dispensing record (NDC/lot/exp per vial) + home-infusion SN visit note with Time in/out, 12-hour am/pm", "traps": "time in/out, delivery time, sig dose, vials dispensed, planned next dose"})

# ---------------- b1-004 ----------------
c = {"chart_id": "b1-004", "date_of_service": "2026-09-22",
     "payer": {"profile": "medicare", "name": "Medicare Part B (Novitas JH)"},
     "claim_lines": [{"hcpcs": "J0256", "units": 480, "modifiers": []},
                     {"hcpcs": "J0256", "units": 25, "modifiers": ["JW"]},
                     {"hcpcs": "96365", "units": 1, "modifiers": []}],
     "documents": [
  {"id": "d1", "type": "other", "date": "2026-09-22", "text": T("""
    PowerForm: Ambulatory Infusion - Alpha1 Proteinase Inhibitor          Oracle Health
    Patient: HOLLOWAY, GRETCHEN A     MRN 7300-1182     FIN 44019932
    Performed on: 09/22/2026 10:02 CDT by PELLETIER, DANA RN
    ------------------------------------------------------------------
    Product ................................ Aralast NP 1 g single-dose vial
    Number of vials ........................ 5
    Lot Number ............................. LE1122A
    Expiration Date ........................ 08/2027
    Ordered Dose ........................... 60 mg/kg
    Dosing Weight .......................... 79.2 kg
    Dose Administered ...................... 4,750 mg
    Amount Wasted .......................... 250 mg
      [ ] No waste   [x] Waste documented   Witness: R. Iqbal RN
    Infusion Rate .......................... 6 mL/min (<= 0.08 mL/kg/min)
    Pre-medication ......................... none
    ------------------------------------------------------------------
    Modified 09/22/2026 12:04 CDT by PELLETIER, DANA RN
    Lot Number: LE1122A -- ENTERED IN ERROR (digits transposed). Corrected Lot Number: LE1221A
    per vial carton, verified with pharmacy.
    """)},
  {"id": "d2", "type": "infusion_record", "date": "2026-09-22", "text": T("""
    Infusion nursing narrative 09/22/2026
    0850 Pt arrived via wheelchair (long walk from garage), O2 2 L NC.
    0858 VS 138/84 HR 88 RR 20 SpO2 93% 2L. Wt on chair scale 79.2 kg.
    0905 PIV 22 g L AC placed.
    Aralast NP reconstituted by pharmacy, 5 vials, 4,750 mg drawn up (250 mg discarded).
    Start 0915 / Stop 0956.  Tolerated without reaction.
    1000 VS 130/80 HR 82 SpO2 94%. PIV d/c'd, site clean.
    1008 Discharged to daughter.
    """)},
  {"id": "d3", "type": "progress_note", "date": "2026-09-08", "text": T("""
    Pulmonary Associates -- Office Visit 09/08/2026
    Gretchen Holloway, 71 F.
    PMH: alpha-1 antitrypsin deficiency, PiZZ phenotype by IEF (2015); DNA genotyping not
    performed (insurance). Serum AAT 22 mg/dL (2015, pre-treatment). Centrilobular and
    panlobular emphysema on CT; COPD GOLD 3 (J44.9). Former smoker, quit 1999.
    FEV1 36% predicted (08/2026).
    On Aralast NP weekly since 2016. Response: 6MWD 410 m today vs 395 m last year, no
    hospitalizations in 2 years, O2 use unchanged (exertion only). Feels infusions help.
    Plan: continue Aralast NP 60 mg/kg weekly; pulmonary rehab refresher.
    """)}]}
emit(c, {"units_match_dose": "conflict", "prior_authorization": "not_applicable"}, [
    {"kind": "aatd_diagnosis"}, {"kind": "genotype", "alleles": ["Z", "Z"]},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
    {"kind": "lung_disease", "value": "emphysema"}, {"kind": "lung_disease", "value": "copd"},
    {"kind": "smoking_status", "value": "former"}, {"kind": "fev1", "value": 36},
    W(79.2, "kg"), {"kind": "dose", "value": 4750}, {"kind": "wastage", "value": 250},
    {"kind": "lot_number", "value": "LE1221A"}, {"kind": "expiration_date", "value": "2027-08"},
    {"kind": "infusion_start", "value": "09:15"}, {"kind": "infusion_end", "value": "09:56"},
    {"kind": "response_to_therapy"}, {"kind": "drug_product", "value": "Aralast NP"}],
  "Gap: units_match_dose conflict: dose 4750 mg -> J0256 ceil(4750/10)=475, billed 480 (96365 admin code is not a drug line). "
  "Wt 79.2 -> 4752 mg, diff 2 OK. JW 25 = floor(250/10)=25 met. Lot LE1122A entered in error -> corrected LE1221A (only the correction is a finding). "
  "Exp 08/2027 -> 2027-08-31 >= DOS. Times Start 0915 / Stop 0956 (not arrival 0850, PIV 0905, VS 1000, discharge 1008, PowerForm performed 10:02 / modified 12:04). "
  "IEF phenotype counts (DNA not performed). Response in progress note dated 2 weeks before DOS.",
  {"style": "Cerner PowerForm with dotted leaders, checkboxes, 'Modified ... entered in error' correction; nursing narrative Start 0915 / Stop 0956", "traps": "lot correction, extra CPT line, ordered mg/kg, arrival/PIV/discharge times"})

# ---------------- b1-005 (negative control) ----------------
c = {"chart_id": "b1-005", "date_of_service": "2025-11-18",
     "payer": {"profile": "medicare", "name": "Medicare Advantage - Harbor Senior"},
     "documents": [
  {"id": "d1", "type": "progress_note", "date": "2025-11-18", "text": T("""
    PULMONARY CONSULTATION                                  11/18/2025
    Referring: Dr. K. Abernathy (PCP)   Reason: "COPD, r/o alpha-1?"
    Pt: Walter Brzezinski, 68 M   MRN 55-0071-9

    HPI: COPD dx 2018, 2 exacerbations in the past year. Referred to evaluate for AATD
    because his brother (61) was diagnosed PI*ZZ last year and now gets Prolastin-C
    infusions weekly. Former smoker 40 pk-yr, quit 2020.

    Data:
    - Serum AAT 98 mg/dL (10/30/2025; ref 100-190)
    - Phenotype (IEF): MZ
    - PFT 10/2025: FEV1 1.98 L, 58% predicted; FEV1/FVC 0.55; DLCO 66%
    - CT chest 10/2025: mild centrilobular emphysema, upper lobes. No bronchiectasis.
    Vitals: BP 144/86, HR 80, SpO2 95%, Wt 88.0 kg (194 lb), BMI 28.

    Assessment:
    1. COPD (J44.9) with mild centrilobular emphysema, smoking-related pattern.
    2. Alpha-1 antitrypsin: MZ heterozygote (carrier). Level 98 mg/dL is not in the
       severely deficient range. He does NOT have alpha-1 antitrypsin deficiency requiring
       augmentation; augmentation therapy is not indicated for PiMZ.
    Plan: optimize inhaled therapy (add LAMA), pulm rehab referral, keep abstinent from
    tobacco. Encouraged remaining siblings and adult children to be tested.

    Patient instructions (printed handout):
    "Alpha-1 antitrypsin deficiency (AATD) is an inherited condition. People with two Z
    genes (ZZ) usually have very low AAT levels, often below 11 uM, and can develop
    emphysema at a young age. Treatment may include weekly infusions (augmentation) of
    60 mg/kg. Carriers (MZ) usually have levels only slightly below normal."
    """)},
  {"id": "d2", "type": "lab_report", "date": "2025-10-30", "text": T("""
    QUEST-STYLE REFERENCE LAB                  Collected 10/30/2025 07:50
    BRZEZINSKI, WALTER
    Alpha-1-Antitrypsin, Serum ........ 98  L  mg/dL      Reference: 100-190 mg/dL
    Alpha-1-Antitrypsin Phenotype ..... MZ                Reference: MM
    Interpretation: MZ phenotype -- heterozygous carrier of the Z allele. Intermediate
    deficiency; risk of lung disease is mainly in smokers.
    """)},
  {"id": "d3", "type": "other", "date": "2025-10-02", "text": T("""
    REFERRAL -- Primary Care to Pulmonology
    Referral #: RF-2025-118204     Priority: routine
    Dx: J44.9 COPD, unspecified. Question: rule out AATD -- sibling recently diagnosed.
    Please evaluate and advise re: testing / augmentation.
    """)}]}
emit(c, {"aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
         "dose_administered": "missing", "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
         "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
         "infusion_times": "missing", "response_to_therapy": "missing", "prior_authorization": "not_applicable",
         "code_selection": "not_applicable"}, [
    {"kind": "genotype", "alleles": ["M", "Z"]}, {"kind": "serum_aat", "value": 98, "unit": "mg/dL"},
    {"kind": "lung_disease", "value": "copd"}, {"kind": "lung_disease", "value": "emphysema"},
    {"kind": "fev1", "value": 58}, {"kind": "smoking_status", "value": "former"}, W(88.0, "kg")],
  "Negative control: MZ carrier with COPD, no AATD, no augmentation, no claim lines. aatd_diagnosis missing (explicitly negated; "
  "'r/o AATD' in referral is uncertain). Genotype MZ -> conflict; serum 98 mg/dL >= 57 -> conflict (flag L is vs the 100-190 reference range). "
  "Traps: brother PI*ZZ on Prolastin-C (family, not a drug_product for this patient), education handout (ZZ, <11 uM, 60 mg/kg) is general text, "
  "'No bronchiectasis' negated, referral number is not a PA. Weight 88.0 kg (194 lb) is one weight. No claim lines -> units/code n/a; "
  "wastage missing (no statement).",
  {"style": "consult note + lab with dotted leaders + referral form", "traps": "family member PI*ZZ and drug, education text, negations, MZ carrier"})
