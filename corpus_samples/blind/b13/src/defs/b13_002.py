# b13-002  commercial  Zemaira (single 4 g vial, actual 4,083 mg), J0256 JZ.  COMPLETE.
# Styles: (2) transfer letter from a Canadian (UK-trained) respirologist; (4) infusion pharmacy
# patient-profile printout; plus a structured infusion record and a short progress note.

D1 = """VANCOUVER COASTAL HEALTH
Respiratory Medicine -- Alpha-1 Antitrypsin Deficiency Clinic
Diamond Health Care Centre, 2775 Laurel Street, Vancouver BC  V5Z 1M9
Tel 604-555-0182   Fax 604-555-0190

14th January 2026

Dr Samuel Okafor
Puget Pulmonary Associates
1100 Ninth Avenue, Suite 410
Seattle, WA 98101, USA

Dear Dr Okafor,

Re: Mrs Margaret Anne LINDQVIST   DOB 22/09/1967   PHN 9 876 543 210

Diagnoses
1. Alpha-1 antitrypsin deficiency, PI*ZZ (genotyped 2016)
2. Panlobular emphysema, basal predominant
3. Ex-smoker, 22 pack-years (stopped March 2011)
4. Osteopenia
5. Hypothyroidism

Current treatment
Zemaira 60 mg/kg IV weekly (hospital day unit; last dose here 08 Jan 2026)
Trelegy Ellipta 100/62.5/25 micrograms, one inhalation daily
Salbutamol 100 micrograms MDI, 2 puffs as required
Levothyroxine 88 micrograms daily
Alendronate 70 mg weekly; calcium carbonate 600 mg with vitamin D 1000 IU daily
Escitalopram 10 mg daily

Thank you for agreeing to take over Mrs Lindqvist's care. As you know, she and her husband are
relocating to Seattle at the end of this month for his work, and she is keen to continue weekly
augmentation without a gap. I enclose her last three clinic letters, her CT report and her lung
function trend.

By way of background, she presented in 2015, aged 48, with exertional breathlessness that had
been labelled as asthma for several years. Her serum alpha-1 antitrypsin was 4.1 µmol/L
(reference 20-48) and genotyping confirmed PI*ZZ. Her mother died of "emphysema" aged 61 and was
never tested; her brother Erik in Calgary is PI*ZZ and receives Prolastin-C. Her daughter, 31,
is PI*MZ with a level of 17 µmol/L and has been counselled.

She began augmentation in February 2017 through the provincial programme. Over nine years her
course has been reassuringly stable. Her FEV1 was 1.71 L in 2019, 1.66 L in 2023 and 1.64 L
(52% predicted) on 2nd December 2025 -- a decline of roughly 12 mL per year, against about
70 mL per year in the two years before treatment. CT densitometry (PD15) has shown minimal
progression. She has had one exacerbation in the last 18 months, treated in the community, and
no admissions since 2016. Her trough level on therapy in October was 11.8 µmol/L. She has never
had an infusion reaction. Her IgA is normal (1.9 g/L).

When I saw her on 2nd December 2025 she weighed 69 kg (she lost about 3 kg in the autumn with a
bout of gastroenteritis and her appetite has since recovered), SpO2 95% at rest, and she walked
420 m on the six-minute walk without desaturating below 90%. Her chest was quiet with reduced
breath sounds at both bases.

She has remained a non-smoker since 2011; her husband does not smoke and she has never used
e-cigarettes.

I would be grateful if you would arrange her augmentation through your infusion service. We have
been giving Zemaira as a single 4 g vial each week, which has been within 10% of 60 mg/kg at her
current weight, with nothing discarded. Please do not hesitate to contact me if I can help, and
I would be pleased to see her again should she return to Vancouver.

Yours sincerely,

Dr Fiona MacLeod  MB ChB MRCP(UK) FRCPC
Consultant Respirologist, Alpha-1 Clinic

cc: Mrs M Lindqvist; Dr H Tran (family physician, North Vancouver)
Enc.
"""

D2 = """PUGET PULMONARY ASSOCIATES -- AMBULATORY INFUSION PHARMACY
PATIENT MEDICATION PROFILE                           Printed: 03/05/2026 07:48   User: JCHEN (PharmD)
Patient: LINDQVIST, MARGARET A      DOB: 09/22/1967      MRN: PP-2210476      Sex: F
Ht: 165 cm   Wt (last filed): 68.9 kg (02/26/2026)      BSA: 1.76 m2      CrCl: >60 mL/min
Allergies: SULFA (rash)        IgA: normal (outside record)
Payer: Premera Blue Cross PPO (commercial)
Auth: PRM-A1-2026-031144   eff 02/01/2026 - 01/31/2027   (J0256, 1 unit = 10 mg, 52 visits)

ACTIVE MEDICATIONS
Rx/Order  Drug / strength                         Dose            Route Freq        Last given / filled   Prescriber
--------- --------------------------------------- --------------- ----- ----------- --------------------- ----------
I-77102   ZEMAIRA (A1PI) 4,000 MG KIT, 76 ML SWFI 60 mg/kg        IV    q7 days     02/26/2026 (clinic)   Okafor
          (actual mg per vial/carton)             (~4,100 mg)
I-77103   SODIUM CHLORIDE 0.9% 10 ML FLUSH        10 mL           IV    pre/post    02/26/2026 (clinic)   Okafor
I-77104   ACETAMINOPHEN 325 MG TAB                650 mg          PO    PRN x1      never                 Okafor
I-77105   DIPHENHYDRAMINE 50 MG/ML INJ            25 mg           IV    PRN x1      never                 Okafor
I-77106   EPINEPHRINE 1 MG/ML (1:1000) INJ        0.3 mg          IM    PRN anaphyl never                 Okafor
R-51880   TRELEGY ELLIPTA 100/62.5/25 MCG         1 inhalation    INH   daily       filled 02/03/2026     Okafor
R-51881   ALBUTEROL HFA 90 MCG/ACT                2 puffs         INH   q4-6h PRN   filled 02/03/2026     Okafor
R-51882   LEVOTHYROXINE 88 MCG TAB                88 mcg          PO    daily       filled 02/03/2026     Tran (ext)
R-51883   ALENDRONATE 70 MG TAB                   70 mg           PO    weekly Sun  filled 02/03/2026     Tran (ext)
R-51884   CALCIUM CARB 600 MG + D3 1000 IU TAB    1 tab           PO    daily       OTC                   Tran (ext)
R-51885   ESCITALOPRAM 10 MG TAB                  10 mg           PO    daily       filled 02/03/2026     Tran (ext)
R-51886   FLUTICASONE NASAL 50 MCG/SPRAY          2 sprays/nostril NAS  daily       filled 02/10/2026     Okafor
R-51887   LORATADINE 10 MG TAB                    10 mg           PO    daily PRN   OTC                   --
R-51888   ROSUVASTATIN 10 MG TAB                  10 mg           PO    nightly     filled 02/03/2026     Tran (ext)

DISCONTINUED (last 90 days)
          SALBUTAMOL 100 MCG MDI (Canada)          2 puffs         INH   PRN         d/c 02/03/2026 -> albuterol HFA
          ZEMAIRA 1,000 MG VIAL (Canadian supply)  --              IV    --          d/c 01/31/2026 (transfer of care)

PHARMACIST NOTES
02/03/2026 JCHEN: New transfer from Vancouver Alpha-1 clinic. Outside letter reviewed. Product
  continued as Zemaira. Single 4 g kit per week = within 10% of 60 mg/kg while weight 62-75 kg;
  re-check if weight falls outside that band. Carton actual potency must be recorded at each
  dispense.
03/05/2026 JCHEN: Today's kit allocated from fridge 2, bin B (see infusion record for lot/exp).
  Verified order 07:46.
---------------------------------------------------------------------------------------------------
This profile is a pharmacy working document. It is not a medication administration record.
"""

D3 = """PUGET PULMONARY ASSOCIATES -- AMBULATORY INFUSION CENTER
INFUSION ADMINISTRATION RECORD                               Date of service: 03/05/2026
Patient: LINDQVIST, MARGARET A     MRN PP-2210476     DOB 09/22/1967
Order: Alpha-1 proteinase inhibitor (human) [Zemaira] 60 mg/kg IV weekly -- Okafor, S. MD
Payer auth: PRM-A1-2026-031144 (verified 03/02/2026 by intake)

ASSESSMENT
10:31  Arrived; ID x2 confirmed; denies fever, new cough, recent reaction.
10:35  Weight 68.4 kg (standing scale, shoes off).
10:38  BP 118/72  HR 76  RR 16  SpO2 95% RA  Temp 36.5 C
10:40  Dose check: 60 mg/kg x 68.4 kg = 4,104 mg. Per protocol, one Zemaira 4 g kit is used
       when it is within 10% of the calculated dose.

PRODUCT
Zemaira (alpha1-proteinase inhibitor, human), NDC 0053-7202
Vial labeled actual potency 4,083 mg       Lot: P100587634       Exp: 08/2027
Diluent SWFI 76 mL; reconstituted 10:44 with Mix2Vial transfer set, swirled (not shaken);
solution clear, colorless; room temp. Second-nurse check: K. Ames RN 10:49.

ACCESS
10:52  22 g PIV, R hand, 1 attempt, positive blood return; NS 10 mL flush.

ADMINISTRATION
Infusion start:      11:02      rate 5.5 mL/min (0.08 mL/kg/min) via pump, in-line filter
Infusion stop:       11:19      volume infused 76 mL
Amount administered: 4,083 mg (entire vial)
Waste:               0 mg -- no drug discarded
11:25  NS 10 mL flush; PIV removed 11:31, site clean, dressing applied.

VITALS DURING/AFTER
11:10  BP 116/70  HR 78  SpO2 96%
11:36  BP 120/70  HR 74  SpO2 96%

Reaction: none. PRN meds: none given.
Discharged ambulatory 11:40 with husband. Next appointment 03/12/2026 10:30.

Documented by: Rachel Nguyen, RN   03/05/2026 11:44
"""

D4 = """PUGET PULMONARY ASSOCIATES
PROGRESS NOTE                                              03/05/2026
Patient: Margaret A. Lindqvist     58 y.o. female     MRN PP-2210476
Provider: Samuel Okafor, MD (Pulmonary)

Seen in the infusion center before today's augmentation (her fifth weekly dose with us since
the move from Vancouver; first US infusion 02/05/2026).

S: Breathing "the same as in Canada." Walks 25-30 minutes most days around Green Lake, uses
albuterol about once a week before hills. No sputum change, no fevers. No exacerbation since the
move. Sleeping well. Former smoker -- quit 2011, 22 pack-years; no exposure at home.

O: Wt 68.4 kg this morning. SpO2 95% RA, HR 76. Chest: diminished at both bases, no wheeze,
no crackles. No edema.
Office spirometry 02/12/2026: FEV1 1.62 L (51% predicted), FVC 3.05 L, ratio 0.53 -- consistent
with the Vancouver trend (FEV1 1.64 L / 52% in 12/2025).

A/P:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with panlobular emphysema (J43.1).
   Outside records (Dr MacLeod's letter of 14 Jan 2026, CT 2024, level 4.1 µmol/L) reviewed.
   Response to therapy: FEV1 stable on weekly Zemaira since 2017 (about 12 mL/yr decline),
   one exacerbation in 18 months, tolerating every infusion without reaction -- good response;
   continue Zemaira 60 mg/kg IV weekly. Single 4 g kit remains within 10% at 68.4 kg.
   PA PRM-A1-2026-031144 valid through 01/31/2027.
2. Maintenance inhaler: continue Trelegy 100/62.5/25 mcg daily; albuterol PRN.
3. Osteopenia -- alendronate 70 mg weekly per PCP; DEXA due 2026.
4. Hypothyroid -- levothyroxine 88 mcg; TSH with next labs.
5. Health maintenance: influenza and COVID vaccines given in Canada 10/2025; RSV vaccine
   discussed -- she will consider it at the next visit.

Return 3 months with full PFTs. Continue weekly infusions.

Samuel Okafor, MD -- signed 03/05/2026 12:15
"""

CHART = {
    "chart_id": "b13-002",
    "date_of_service": "2026-03-05",
    "payer": {"profile": "commercial", "name": "Premera Blue Cross PPO"},
    "prior_authorization": "PRM-A1-2026-031144",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 409, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-14", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-03-05", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-03-05", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-03-05", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-002",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.1, "unit": "uM"},
        {"kind": "serum_aat", "value": 11.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 52},
        {"kind": "fev1", "value": 51},
        {"kind": "weight", "value": 69.0, "unit": "kg", "value_kg": 69.0},
        {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9},
        {"kind": "weight", "value": 68.4, "unit": "kg", "value_kg": 68.4},
        {"kind": "dose", "value": 4083},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100587634"},
        {"kind": "expiration_date", "value": "2027-08"},
        {"kind": "infusion_start", "value": "11:02"},
        {"kind": "infusion_end", "value": "11:19"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "PRM-A1-2026-031144"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete. Dose is the vial's actual potency 4,083 mg (not the nominal 4 g, not the 4,104 mg "
        "calculation, not the profile's ~4,100 mg); units ceil(408.3)=409. Traps: brother PI*ZZ on "
        "Prolastin-C and daughter PI*MZ 17 µmol/L (family); mother's 'emphysema' (family); IgA 1.9 g/L is "
        "not AAT; 'labelled as asthma' is not a lung_disease kind; pharmacy 'last given 02/26/2026' is a "
        "prior visit; letter's '4 g vial each week, nothing discarded' is history, not the DOS; reconstitution "
        "10:44, PIV 10:52, PIV removal 11:31, discharge 11:40 are not infusion times. Weight nearest DOS = 68.4 kg. "
        "fev1_range judged on the most recent value (51 %). The letter is type other; the response statement "
        "that satisfies the requirement is in the progress note d4."
    ),
}

ARITH = {
    "dos": "2026-03-05", "product": "Zemaira",
    "weight_kg": 68.4, "weight_source": "d3 10:35 standing scale on DOS",
    "dose_mg": 4083, "pct_diff": -0.5, "vials": ["Zemaira 4 g kit, actual 4,083 mg, lot P100587634"],
    "vial_total_mg": 4083, "waste_mg": 0,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 409, "jw_units_billed": 0,
    "lots": [{"lot": "P100587634", "exp": "2027-08"}],
    "rid_serum_values": [], "fev1_for_range": 51, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d4", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"),
    ("genotype:Z,Z", "d1", "genotyping confirmed PI*ZZ"),
    ("serum_aat:4.1:uM", "d1", "Her serum alpha-1 antitrypsin was 4.1 µmol/L"),
    ("serum_aat:11.8:uM", "d1", "trough level on therapy in October was 11.8 µmol/L"),
    ("lung_disease:emphysema", "d1", "Panlobular emphysema, basal predominant"),
    ("fev1:52", "d1", "1.64 L\n(52% predicted)"),
    ("fev1:51", "d4", "FEV1 1.62 L (51% predicted)"),
    ("weight:69.0", "d1", "she weighed 69 kg"),
    ("weight:68.9", "d2", "Wt (last filed): 68.9 kg (02/26/2026)"),
    ("weight:68.4", "d3", "Weight 68.4 kg (standing scale, shoes off)"),
    ("dose:4083", "d3", "Amount administered: 4,083 mg (entire vial)"),
    ("wastage:0", "d3", "0 mg -- no drug discarded"),
    ("lot_number:P100587634", "d3", "Lot: P100587634"),
    ("expiration_date:2027-08", "d3", "Exp: 08/2027"),
    ("infusion_start:11:02", "d3", "Infusion start:      11:02"),
    ("infusion_end:11:19", "d3", "Infusion stop:       11:19"),
    ("response_to_therapy", "d4", "FEV1 stable on weekly Zemaira since 2017"),
    ("prior_authorization:PRM-A1-2026-031144", "d4", "PA PRM-A1-2026-031144"),
    ("smoking_status:former", "d4", "Former smoker -- quit 2011"),
    ("drug_product:Zemaira", "d3", "Zemaira (alpha1-proteinase inhibitor, human)"),
]
