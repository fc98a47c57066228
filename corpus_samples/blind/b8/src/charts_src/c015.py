from common import doc, emit, req_ids

CID = "b8-015"
DOS = "2026-01-29"

d1 = doc("d1", "infusion_record", DOS, """
ALLEGIANT HOME INFUSION - SKILLED NURSING VISIT NOTE
Visit type: home infusion, alpha-1 augmentation (weekly)      Visit date: 01/29/2026
Patient: Ostrowski, Miriam J.   DOB 02/14/1966   Pt ID AHI-30418   Payer: Granite Peak Health PPO
Auth #: 4471-AZ-0925 (drug + nursing, 09/25/2025-09/24/2026)
Nurse: Devon Lacroix, RN     EVV clock-in 08:31   clock-out 10:12

ASSESSMENT (08:40)
  T 98.2 F  HR 76  BP 122/74  RR 16  SpO2 96% RA   Weight 61.0 kg (home scale, calibrated check 01/01)
  Lungs: scattered end-expiratory wheeze R base, otherwise clear. No edema. No rash.
  Since last visit: no ER visits, no antibiotics, no steroid. Pt reports "good week", walking 20 min daily.
  Medication reconciliation done: no changes. Home O2: none.

DRUG / SUPPLIES
  Zemaira (alpha1-proteinase inhibitor, human) 4 g single-use kit with 76 mL diluent + transfer device
  Lot P100405533   Exp 2027-05-31   stored at room temperature <= 25 C since delivery 01/27
  Order (Dr. Pruitt): Zemaira 60 mg/kg IV weekly = 3,660 mg calculated; dispense 4,000 mg (one 4 g kit)
  Reconstituted 08:50-08:58, clear, no particles.

ADMINISTRATION
  Access: 24g PIV L forearm, 08:59, first attempt.
  Infusion start: 09:05 via CADD pump, 3 mL/min
  09:15 HR 74, BP 120/72, SpO2 96%, no symptoms
  Infusion end: 09:31. Dose administered: 4,000 mg (76 mL). Kit fully infused - no drug wasted.
  Flushed NS 10 mL 09:32; PIV removed 09:50 after 15 min observation; catheter intact.
  Post VS 09:48: HR 72, BP 118/72, SpO2 97%.

EDUCATION: reviewed delayed-reaction signs; reinforced self-reporting of any infection before next dose.
PLAN: next nursing visit 02/05/2026 (weekly). Next delivery per pharmacy 02/03/2026.
Signed: Devon Lacroix, RN  01/29/2026 10:26
""")

d2 = doc("d2", "other", "2026-01-26", """
PEAKVIEW SPECIALTY PHARMACY - CLINICAL ASSESSMENT / REFILL CALL        Call date: 01/26/2026 10:05 MT
Patient: Miriam J. Ostrowski   DOB 02/14/1966   Rx: Zemaira 4 g IV weekly (home nursing by Allegiant)
Caller: Priyanka Das, PharmD     Spoke with: patient

Q1  Doses received since last fill as scheduled?                   Y  (01/01, 01/08, 01/15, 01/22)
Q2  Missed or delayed doses?                                       N
Q3  Side effects (headache, fever, rash, dyspnea, site reaction)?  N  - "just tired after, goes away"
Q4  New medications / OTC / supplements?                           Y  - started magnesium glycinate 200 mg qhs
Q5  Hospitalizations, ER visits, infections since last call?       N
Q6  Tobacco or vaping?                                             N  - never
Q7  Weight change > 5 lb?                                          N  (pt reports stable weight on home scale)
Q8  Storage: room temp, away from light?                           Y
Q9  Supplies adequate (flushes, catheters, sharps)?                N  - needs 24g catheters, 4 NS flushes
Q10 Patient questions?                                             asks whether a 5 g kit exists (not in US)

Refill: Zemaira 4 g kit x 4 (weeks of 01/29, 02/05, 02/12, 02/19) + supplies; ship 01/27 FedEx Priority,
signature waived. Copay: $0 (copay program).
Authorization: 4471-AZ-0925 active through 09/24/2026 - verified with plan portal 01/26.
Next call: 02/23/2026.
Counseling provided: storage, missed-dose plan, when to call 911 vs pharmacy line.
Nursing coordination: Allegiant visit confirmed for 01/29/2026 08:30.
P. Das, PharmD
""")

d3 = doc("d3", "progress_note", "2025-11-18", """
MOUNTAIN STATES LUNG CENTER - Pulmonary Follow-up                            11/18/2025
Miriam J. Ostrowski, 59 F     Attending: Calvin Pruitt, MD     Insurance: Granite Peak Health PPO

Background: alpha-1 antitrypsin deficiency, PI*SZ, diagnosed 2022 with serum AAT 9.1 umol/L
(reference 20-48 umol/L) by nephelometry; confirmed SZ by genotyping (S: c.863A>T heterozygous,
Z: c.1096G>A heterozygous). Emphysema on CT 2022 (lower lobes, moderate). Never smoker; worked 20 years
in a grain elevator (organic dust). Home augmentation with Zemaira since 10/2023.

Interval: doing well - no exacerbations in the past 12 months (three in the 12 months before augmentation);
6MWT 455 m (last year 440 m); CAT score 11 (was 17). Tolerating weekly home infusions; occasional fatigue
the evening of the infusion.

Exam: weight 61.4 kg, SpO2 96% RA, mild expiratory wheeze right base.

PFT today: post-BD FEV1 1.71 L (61% predicted), FVC 2.98 L, FEV1/FVC 0.57 - moderate airflow obstruction,
unchanged from 11/2024 (1.73 L, 61%).

Impression / plan:
1. AATD PI*SZ with emphysema: responding to augmentation (fewer exacerbations, better exercise capacity,
   stable FEV1). Continue Zemaira 60 mg/kg IV weekly by home infusion nursing (Allegiant).
2. Occupational exposure history - no current exposure.
3. Reauthorization approved by Granite Peak 09/2025, auth 4471-AZ-0925.
4. Flu vaccine given today; RSV vaccine 2024.
Return 6 months.
C. Pruitt, MD
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "commercial", "name": "Granite Peak Health PPO"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("commercial")}

gold = {
    "chart_id": CID,
    "profile": "commercial",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 9.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 61},
        {"kind": "weight", "value": 61.0, "unit": "kg", "value_kg": 61.0},
        {"kind": "weight", "value": 61.4, "unit": "kg", "value_kg": 61.4},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100405533"},
        {"kind": "expiration_date", "value": "2027-05-31"},
        {"kind": "infusion_start", "value": "09:05"},
        {"kind": "infusion_end", "value": "09:31"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "4471-AZ-0925"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete commercial home-infusion chart. Genotype PI*SZ (each variant 'heterozygous', i.e. compound S/Z, no M) "
        "with serum AAT 9.1 umol/L < 11 -> commercial SZ rule met. Weight 61.0 kg (DOS); 60 x 61.0 = 3660; |4000-3660| = "
        "340 = 9.3 % (<= 10 %, tolerance 366) -> met (near the edge). J0256 ceil(4000/10) = 400 JZ; 'no drug wasted' -> "
        "commercial wastage met (no JW line). S9346 per diem and 99601 nursing visit are not drug lines. FEV1 61 % -> within "
        "25-80. PA 4471-AZ-0925 in notes (no chart field). Traps: calculated 3,660 mg; 4 g kit / 76 mL; EVV clock-in 08:31 "
        "and clock-out 10:12, assessment 08:40, reconstitution 08:50-08:58, PIV 08:59, VS 09:15/09:48, flush 09:32, PIV out "
        "09:50, signature 10:26; pharmacy call 10:05; "
        "61.4 kg (11/18) historical; magnesium 200 mg; 5 g kit question (not in US); shipments of 4 kits (planned); "
        "reference 20-48 umol/L."
    ),
}

emit(chart, gold)
