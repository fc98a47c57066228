# b13-007  medicare  Glassia 4 x 1 g = 4,000 mg, J0257 x 400 JZ.  COMPLETE.
# Styles: (2) annual-review letter from an Australian-trained alpha-1 specialist (g/L, "03 Feb 2026",
# FEV1 in litres and % predicted); (1) problem-oriented progress note with long medication list;
# timed infusion flowsheet.

D1 = """UNIVERSITY OF MINNESOTA PHYSICIANS -- ALPHA-1 CLINICAL RESOURCE CENTRE
Pulmonary, Allergy, Critical Care and Sleep Medicine
420 Delaware Street SE, Minneapolis MN 55455

03 Feb 2026

Dr Martin Szabo
Lake Country Pulmonary Associates
211 Front Street, Duluth MN 55802

Dear Martin,

Re: Mrs Beatrice HOLLOWAY, DOB 19 Aug 1956, UMP 60027719 -- annual Alpha-1 review

Diagnoses:
- Alpha-1 antitrypsin deficiency, PiZZ (IEF 2020; SERPINA1 Z homozygous confirmed)
- Panacinar emphysema, lower-zone predominant
- Mild cylindrical bronchiectasis, right lower lobe
- Ex-smoker, 30 pack-years (stopped 2006)
- Paroxysmal atrial fibrillation, anticoagulated

Thank you for asking me to see Beatrice again for her annual review, which I did in clinic on
02 Feb 2026. She has now been on weekly Glassia at your infusion suite for a little over four
years (first dose 11 Jan 2022).

She is well. She reports one exacerbation in the past year (July 2025, treated with a short
course of prednisolone -- you will know it as prednisone -- and doxycycline in the community) and
no admissions. She continues to walk most days and does a Thursday aqua-aerobics class. Sputum
is scant and mucoid. She has had no infusion reactions.

On examination she weighed 64.1 kg, SpO2 95% on air, with reduced breath sounds at both bases and
a few crackles at the right base that clear with coughing.

Lung function today: FEV1 1.42 L (49% predicted), FVC 2.71 L (88% predicted), FEV1/FVC 0.52,
TLco 44% predicted. Twelve months ago her FEV1 was 1.45 L, and her annual decline since starting
augmentation is about 25 mL per year, compared with about 80 mL per year in the two years before.
Her serum alpha-1 antitrypsin before treatment was 0.31 g/L (reference 1.1-2.1 g/L); her trough
level on Glassia in November was 0.74 g/L, which is about what I would expect on weekly dosing.
CT chest (Oct 2025) shows stable panacinar emphysema with lower-zone predominance and unchanged
mild cylindrical bronchiectasis in the right lower lobe; no nodules of concern.

Her younger sister Maud has now been tested and is PiSZ with a level of 0.62 g/L. I have offered
Maud a clinic appointment; she does not have lung disease at present and augmentation is not
indicated for her.

My impression is that Beatrice continues to do well on augmentation therapy, with a
satisfactory slowing of her FEV1 decline and few exacerbations. I would continue Glassia
60 mg/kg weekly. At about 64 kg that is 3,840 mg; four 1 g vials remain within 10% and avoid
discarding part of a vial. I would also continue her Trelegy and her airway clearance with the
Aerobika device twice daily. She would benefit from an RSV vaccine if she has not had one.

I will see her again in 12 months with lung function, or sooner if you need me.

Kind regards,

Dr Catriona Hughes  MBBS (Hons) FRACP
Consultant Respiratory Physician, Alpha-1 Clinical Resource Centre

cc: Mrs B Holloway
"""

D2 = """LAKE COUNTRY PULMONARY ASSOCIATES
PROGRESS NOTE -- Established patient, infusion-day visit             DOS: 02/24/2026
Patient: HOLLOWAY, BEATRICE       DOB 08/19/1956       MRN LCP-044172
Provider: Martin Szabo, MD

INTERVAL HISTORY
Bea is seen before her weekly Glassia. She saw Dr Hughes at the University Alpha-1 Centre on
02/02 for her annual review (letter dated 02/03 reviewed today and scanned). Since then she has
been well: no fever, sputum scant and white, no increase in dyspnea, no chest pain, no bleeding on
apixaban. She did her aqua class last Thursday. She had a cold in mid-January that did not need
steroids or antibiotics. Weight 63.5 kg today on our scale.

# Alpha-1 antitrypsin deficiency (E88.01), PiZZ
  Assessment: stable on weekly augmentation since 01/2022. FEV1 decline has slowed to about
  25 mL/yr on therapy, one exacerbation in the past 12 months, no infusion reactions -- she is
  responding to augmentation. Pre-treatment AAT 0.31 g/L.
  Plan: continue Glassia 60 mg/kg IV weekly; 4 x 1 g vials per Dr Hughes (within 10% at 63.5 kg).
  Nursing documents administration on the infusion flowsheet.

# Emphysema, panacinar (J43.1)
  Assessment: PFT 02/02/2026 FEV1 1.42 L (49% predicted), TLco 44%. Stable CT 10/2025.
  Plan: Trelegy Ellipta 100/62.5/25 mcg one inhalation daily; albuterol HFA PRN; pulmonary
  rehab maintenance.

# Bronchiectasis, mild, RLL (J47.9)
  Assessment: scant sputum, no exacerbation from bronchiectasis this winter.
  Plan: Aerobika BID; sputum culture if purulent sputum.

# Tobacco use -- former (Z87.891)
  Quit 2006, 30 pack-years. No relapse. Husband quit in 2010.

# Paroxysmal atrial fibrillation
  Rate controlled; apixaban 5 mg BID, metoprolol succinate 50 mg daily. Cardiology (Dr Lund)
  yearly.

# Osteoporosis -- denosumab 60 mg SC every 6 months (last 11/2025) per PCP; calcium, vit D.

# Hypothyroidism -- levothyroxine 50 mcg daily; TSH 2.1 (12/2025).

# Insomnia -- trazodone 50 mg at bedtime PRN.

MEDICATION LIST (reconciled 02/24/2026)
  Glassia (alpha1-proteinase inhibitor) 60 mg/kg IV weekly
  Trelegy Ellipta 100/62.5/25 mcg 1 inhalation daily
  Albuterol HFA 90 mcg 2 puffs q4h PRN
  Apixaban 5 mg PO BID
  Metoprolol succinate 50 mg PO daily
  Levothyroxine 50 mcg PO daily
  Denosumab 60 mg SC q6 months
  Calcium carbonate 500 mg PO BID
  Cholecalciferol 2,000 IU PO daily
  Trazodone 50 mg PO qHS PRN
  Pantoprazole 40 mg PO daily
  Fluticasone nasal 50 mcg 1 spray each nostril daily
  Prednisone 40 mg PO daily x 5 days PRN exacerbation (action plan; not active)
  Doxycycline 100 mg PO BID x 7 days PRN exacerbation (action plan; not active)

VITALS 10:18: BP 126/74, HR 68 irregularly irregular, RR 16, SpO2 95% RA, T 36.5 C, Wt 63.5 kg

RSV vaccine: not yet received -- ordered for today after the infusion (Arexvy 0.5 mL IM).
Return visit in 6 months; annual review with Dr Hughes 02/2027.

Martin Szabo, MD  02/24/2026 12:02
"""

D3 = """LAKE COUNTRY PULMONARY ASSOCIATES -- INFUSION SUITE FLOWSHEET
Patient: HOLLOWAY, BEATRICE     MRN LCP-044172     DOS 02/24/2026     Chair 2
Order: Glassia (alpha1-PI) 60 mg/kg IV weekly, 4 x 1 g vials (Szabo 02/24/2026)

TIME   EVENT / PARAMETER             VALUE                                              INIT
10:05  Check-in                      ID x2, allergy: codeine (nausea)                  SW
10:14  Weight                        63.5 kg (standing)                                 SW
10:18  Vitals                        BP 126/74 HR 68 RR 16 SpO2 95% T 36.5               SW
10:26  IV access                     24 g R forearm, blood return +, NS 10 mL           SW
10:32  Product check (2 RN)          Glassia 1 g/50 mL x 4 vials                        SW/PD
                                       LGL2409113 x 2 vials   exp 2026-10-31
                                       LGL2410220 x 2 vials   exp 2027-01-31
                                       room temp, clear, no particles
10:40  Glassia infusion START        8 mL/min, 5 micron in-line filter                  SW
10:50  Vitals                        BP 122/72 HR 70 SpO2 96%                           SW
11:05  Glassia infusion END          200 mL infused = 4,000 mg                          SW
11:05  Waste                         none -- all 4 vials used, 0 mg discarded           SW
11:08  Flush                         NS 10 mL                                           SW
11:12  RSV vaccine                   Arexvy 0.5 mL IM L deltoid, lot 9T4K2, exp 2026-06-30  PD
11:20  Vitals                        BP 124/70 HR 66 SpO2 96%                           SW
11:27  IV removed / discharge        site clean; ambulatory with husband                SW

Dose administered: 4,000 mg Glassia IV.   Wasted: 0 mg.   Reactions: none.
Initials: SW = Sara Whitfield RN; PD = Paul Duarte RN
"""

CHART = {
    "chart_id": "b13-007",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "90679", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-03", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-24", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-24", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-007",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.31, "unit": "g/L"},
        {"kind": "serum_aat", "value": 0.74, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "bronchiectasis"},
        {"kind": "fev1", "value": 49},
        {"kind": "weight", "value": 64.1, "unit": "kg", "value_kg": 64.1},
        {"kind": "weight", "value": 63.5, "unit": "kg", "value_kg": 63.5},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LGL2409113"},
        {"kind": "lot_number", "value": "LGL2410220"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "infusion_start", "value": "10:40"},
        {"kind": "infusion_end", "value": "11:05"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Complete. 4,000 mg at 63.5 kg = +5.0 %. Levels in g/L (0.31 pre-treatment; 0.74 on-therapy trough is "
        "a patient level too); reference 1.1-2.1 g/L is a range. Sister Maud PiSZ 0.62 g/L is family. Letter's "
        "'3,840 mg' at 'about 64 kg' is a calculation. RSV vaccine lot 9T4K2 / exp 2026-06-30 at 11:12 belongs to "
        "Arexvy (90679 is not a drug line). IEF PiZZ and DNA Z homozygous agree -> one [Z, Z]. "
        "Husband's smoking history is not the patient's. Weight nearest DOS 63.5 kg; 64.1 kg on 02/02 historical."
    ),
}

ARITH = {
    "dos": "2026-02-24", "product": "Glassia",
    "weight_kg": 63.5, "weight_source": "d3 10:14 standing scale on DOS",
    "dose_mg": 4000, "pct_diff": 5.0, "vials": ["4 x Glassia 1 g/50 mL"],
    "vial_total_mg": 4000, "waste_mg": 0,
    "code": "J0257", "bu_mg": 10, "admin_units_billed": 400, "jw_units_billed": 0,
    "lots": [{"lot": "LGL2409113", "exp": "2026-10-31"}, {"lot": "LGL2410220", "exp": "2027-01-31"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d2", "Alpha-1 antitrypsin deficiency (E88.01), PiZZ"),
    ("genotype:Z,Z", "d1", "PiZZ (IEF 2020; SERPINA1 Z homozygous confirmed)"),
    ("serum_aat:0.31:g/L", "d1", "before treatment was 0.31 g/L"),
    ("serum_aat:0.74:g/L", "d1", "trough\nlevel on Glassia in November was 0.74 g/L"),
    ("lung_disease:emphysema", "d1", "Panacinar emphysema, lower-zone predominant"),
    ("lung_disease:bronchiectasis", "d1", "Mild cylindrical bronchiectasis, right lower lobe"),
    ("fev1:49", "d1", "FEV1 1.42 L (49% predicted)"),
    ("weight:64.1", "d1", "she weighed 64.1 kg"),
    ("weight:63.5", "d3", "10:14  Weight                        63.5 kg"),
    ("dose:4000", "d3", "Dose administered: 4,000 mg Glassia IV."),
    ("wastage:0", "d3", "all 4 vials used, 0 mg discarded"),
    ("lot_number:LGL2409113", "d3", "LGL2409113 x 2 vials"),
    ("lot_number:LGL2410220", "d3", "LGL2410220 x 2 vials"),
    ("expiration_date:2026-10-31", "d3", "exp 2026-10-31"),
    ("expiration_date:2027-01-31", "d3", "exp 2027-01-31"),
    ("infusion_start:10:40", "d3", "10:40  Glassia infusion START"),
    ("infusion_end:11:05", "d3", "11:05  Glassia infusion END"),
    ("response_to_therapy", "d2", "she is\n  responding to augmentation"),
    ("smoking_status:former", "d2", "Tobacco use -- former (Z87.891)"),
    ("drug_product:Glassia", "d3", "Glassia 1 g/50 mL x 4 vials"),
]
